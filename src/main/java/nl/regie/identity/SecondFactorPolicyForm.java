package nl.regie.identity;

/** Whether the municipality's local accounts must sign in with a second factor. */
record SecondFactorPolicyForm(boolean required) {
}
