/**
 * Rules every input obeys, whichever door it came through (a form, the API, the login):
 * no control characters, bounded page numbers, plausible dates. No web types: domain code
 * may use them too.
 */
package nl.regie.platform.input;
