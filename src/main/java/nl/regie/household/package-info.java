/**
 * Households and their members: one household, one file. Finds the same household again
 * (same BSN, same name and date of birth, or same address) and keeps its involvement
 * register (who is involved and who holds coordination). Finds a household for a team
 * among the households it knows (need-to-know), by name, date of birth, address or BSN.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "platform" })
package nl.regie.household;
