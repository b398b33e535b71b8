package org.zicha.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page (and its JSON for a client that does not ask for HTML) says of an
 * error no handler answered, such as a refused CSRF token: the Chinese title of its
 * status, and its message only when it is one of the application's Chinese sentences.
 */
@Component
class ChineseErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (attributes.get("status") instanceof Integer status) {
			attributes.put("error", Problems.title(status));
			Object message = attributes.get("message");
			if (message != null) {
				attributes.put("message", Problems.shown(message.toString(), ""));
			}
		}
		return attributes;
	}

}
