// Filters the findings table by area, organisation and category; no framework, no network.
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

	function apply() {
		var shown = 0;
		rows.forEach(function (row) {
			var visible = matches(row);
			row.hidden = !visible;
			if (visible) {
				shown++;
			}
		});
		var chosen = selects.filter(function (select) {
			return select.value !== '';
		}).map(function (select) {
			return select.getAttribute('data-label') + '：' + select.options[select.selectedIndex].text;
		});
		count.textContent = (chosen.length === 0) ? '共 ' + rows.length + ' 条'
			: chosen.join('，') + '；显示 ' + shown + ' 条（共 ' + rows.length + ' 条）';
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
