package org.zicha.web.run;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.zicha.finding.Duty;
import org.zicha.inspection.RuleSet;
import org.zicha.rules.Threshold;
import org.zicha.web.Rules;

/**
 * The duties the rules check and their thresholds, read-only.
 */
@Controller
class DutiesPage {

	private final Rules rules;

	DutiesPage(Rules rules) {
		this.rules = rules;
	}

	@GetMapping("/duties")
	String duties(Model model) {
		RuleSet set = this.rules.current();
		List<Duty> duties = set.book()
			.duties()
			.stream()
			.sorted(Comparator.comparingInt((Duty d) -> Duty.areaRank(d.area())).thenComparing(Duty::code))
			.toList();
		Map<String, String> thresholds = new LinkedHashMap<>();
		for (Duty d : duties) {
			set.book()
				.threshold(d.code())
				.map(Threshold::describe)
				.map((l) -> String.join("；", l))
				.ifPresent((t) -> thresholds.put(d.code(), t));
		}
		model.addAttribute("duties", duties);
		model.addAttribute("thresholds", thresholds);
		model.addAttribute("origin", set.origin());
		model.addAttribute("digest", set.digest());
		model.addAttribute("failure", this.rules.lastFailure().map(Exception::getMessage).orElse(null));
		return "duties";
	}

}
