package org.zicha.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * The description of the REST API (served at /v3/api-docs, browsed at /swagger-ui.html):
 * every call with HTTP Basic.
 */
@Configuration
@OpenAPIDefinition(
		info = @Info(title = "党建合规自查 API", version = "1",
				description = "上传台账、开始检查、查询问题、填写整改。每个请求以 HTTP Basic 提供用户名和密码；不使用会话和 Cookie，因此无需 CSRF 令牌。权限与网页相同。"),
		security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDocs {

}
