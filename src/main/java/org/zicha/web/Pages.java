package org.zicha.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page shows: who is logged in (for the menu). Also the clock of the
 * application.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Configuration
class Pages {

	@ModelAttribute
	void viewer(Viewer viewer, Model model) {
		model.addAttribute("viewer", viewer);
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
