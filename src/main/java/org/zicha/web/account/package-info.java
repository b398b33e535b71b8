/**
 * Accounts and access: users with their role and scope, form login with BCrypt and CSRF,
 * the first administrator, the users page.
 */
package org.zicha.web.account;
