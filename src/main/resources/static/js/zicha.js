// The pages' only script, a file of its own so that the content security policy can forbid every
// inline script: a form marked data-confirm asks its question before it is sent.
document.addEventListener('submit', function (event) {
	'use strict';
	var question = event.target.getAttribute('data-confirm');
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
});
