package org.zicha.web.notice;

import java.io.UnsupportedEncodingException;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import org.zicha.web.FileStore;

/**
 * Sends a message as a mail over SMTP, with the server the administrator set: the text
 * and its HTML as alternatives, and the attachment where there is one.
 */
@Component
class Mailer {

	/** The name the mails come from. */
	static final String SENDER_NAME = "党建合规自查";

	private final FileStore files;

	Mailer(FileStore files) {
		this.files = files;
	}

	/**
	 * Send a mail.
	 * @param server the server
	 * @param message the message (its recipient an address)
	 * @throws DeliveryException when the server cannot be reached or refuses it
	 */
	void send(MailServer server, Message message) {
		if (!server.usable()) {
			throw new DeliveryException("尚未设置邮件服务器或发件人地址");
		}
		JavaMailSenderImpl sender = sender(server);
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
			helper.setFrom(server.from(), SENDER_NAME);
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			if (message.html() != null) {
				helper.setText(message.text(), message.html());
			}
			else {
				helper.setText(message.text());
			}
			if (message.attachmentSha() != null) {
				helper.addAttachment(message.attachmentName(),
						new ByteArrayResource(this.files.get(message.attachmentSha())));
			}
			sender.send(mime);
		}
		catch (MessagingException | UnsupportedEncodingException | MailException ex) {
			throw new DeliveryException("邮件发送失败：" + reason(ex), ex);
		}
	}

	private static String reason(Throwable ex) {
		Throwable at = ex;
		while (at.getCause() != null && at.getCause() != at) {
			at = at.getCause();
		}
		String text = (at.getMessage() != null) ? at.getMessage().strip() : at.getClass().getSimpleName();
		return (at != ex && ex.getMessage() != null) ? ex.getMessage().strip() + "（" + text + "）" : text;
	}

	private static JavaMailSenderImpl sender(MailServer server) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(server.host());
		sender.setPort(server.port());
		sender.setDefaultEncoding("UTF-8");
		boolean ssl = server.security() == MailServer.Security.SSL;
		sender.setProtocol(ssl ? "smtps" : "smtp");
		String prefix = ssl ? "mail.smtps." : "mail.smtp.";
		Properties props = new Properties();
		props.put(prefix + "connectiontimeout", "10000");
		props.put(prefix + "timeout", "20000");
		props.put(prefix + "writetimeout", "20000");
		if (!server.username().isEmpty()) {
			sender.setUsername(server.username());
			sender.setPassword(server.password());
			props.put(prefix + "auth", "true");
		}
		if (server.security() == MailServer.Security.STARTTLS) {
			props.put("mail.smtp.starttls.enable", "true");
			props.put("mail.smtp.starttls.required", "true");
		}
		sender.setJavaMailProperties(props);
		return sender;
	}

}
