/**
 * Letters that leave Regie by e-mail, through each municipality's own SMTP server over
 * TLS ({@link nl.regie.platform.mail.OutgoingMail}).
 */
package nl.regie.platform.mail;
