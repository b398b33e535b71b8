package org.zicha.web.notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A received mail taken apart as a mail program shows it: its text, its HTML, its
 * attachments.
 *
 * @param text the text part
 * @param html the HTML part
 * @param attachments the attachments
 */
record Mails(String text, String html, List<Attachment> attachments) {

	static Mails of(MimeMessage message) {
		try {
			List<Attachment> attachments = new ArrayList<>();
			String[] parts = new String[2];
			walk(message, parts, attachments);
			return new Mails(parts[0], parts[1], attachments);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void walk(Part part, String[] parts, List<Attachment> attachments)
			throws MessagingException, IOException {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			attachments.add(new Attachment(part.getFileName(), part.getInputStream().readAllBytes()));
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				walk(child, parts, attachments);
			}
		}
		else if (part.isMimeType("text/plain")) {
			parts[0] = (String) part.getContent();
		}
		else if (part.isMimeType("text/html")) {
			parts[1] = (String) part.getContent();
		}
	}

	record Attachment(String name, byte[] content) {

	}

}
