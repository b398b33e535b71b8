// Filters the findings table by area, organisation, category and change, and counts what
// it shows as the page counts: problems, notices, and the exempted apart. No framework, no
// network.
(function () {
	'use strict';
	var table = document.getElementById('findings-table');
	if (!table) {
		return;
	}
	var selects = Array.prototype.slice.call(document.querySelectorAll('#findings-filters select'));
	var rows = Array.prototype.slice.call(table.tBodies[0].rows);
	var count = document.getElementById('findings-count');

	function matches(row) {
		return selects.every(function (select) {
			return select.value === '' || row.getAttribute('data-' + select.getAttribute('data-filter')) === select.value;
		});
	}

	function describe(n) {
		var text = '问题' + (n.MAJOR + n.MINOR) + '条（重要问题' + n.MAJOR + '条、一般问题' + n.MINOR + '条）';
		if (n.NOTICE > 0) {
			text += '，提醒' + n.NOTICE + '条';
		}
		if (n.EXEMPTED > 0) {
			text += '，另有经批准的例外' + n.EXEMPTED + '条';
		}
		return text;
	}

	function apply() {
		var shown = { MAJOR: 0, MINOR: 0, NOTICE: 0, EXEMPTED: 0 };
		rows.forEach(function (row) {
			var visible = matches(row);
			row.hidden = !visible;
			if (visible) {
				shown[row.getAttribute('data-category')]++;
			}
		});
		var chosen = selects.filter(function (select) {
			return select.value !== '';
		}).map(function (select) {
			return select.getAttribute('data-label') + '：' + select.options[select.selectedIndex].text;
		});
		count.textContent = (chosen.length === 0) ? describe(shown) : chosen.join('，') + '；显示' + describe(shown);
	}

	selects.forEach(function (select) {
		select.addEventListener('change', apply);
	});
	document.getElementById('findings-reset').addEventListener('click', function () {
		selects.forEach(function (select) {
			select.value = '';
		});
		apply();
	});
	// A click on an area of the overview shows that area's findings.
	Array.prototype.forEach.call(document.querySelectorAll('table.areas tr[data-area]'), function (tr) {
		tr.addEventListener('click', function () {
			var area = document.getElementById('filter-area');
			area.value = tr.getAttribute('data-area');
			apply();
			document.getElementById('findings').scrollIntoView();
		});
	});
	apply();
}());
