/**
 * Households and their members: one household, one file. Finds the same household again
 * (same BSN, same name and date of birth, or same address) and keeps its involvement
 * register (who is involved and who holds coordination).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.regie.household;
