/**
 * Printed documents: letters and plans rendered from a Thymeleaf template to PDF
 * ({@link nl.regie.platform.document.PdfDocument}).
 */
package nl.regie.platform.document;
