package org.zicha.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the REST API (served at /v3/api-docs, browsed at /swagger-ui.html):
 * every call with HTTP Basic; the viewer (who is logged in) is no parameter of it; every
 * error an operation answers is described, as the problem detail it is.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "党建合规自查 API", version = "1",
		description = "上传台账、开始检查、查询问题、填写整改。每个请求以 HTTP Basic 提供用户名和密码；不使用会话和 Cookie，因此无需 CSRF 令牌。权限与网页相同。"
				+ "出错时返回 RFC 9457 问题详情（application/problem+json）：title 为错误类别，detail 为原因，台账或整改台账的错误在 errors 中逐条列出文件、工作表、行、列和值（最多200条，其余条数见 moreErrors）。"),
		security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDocs {

	private static final String PROBLEM = "ProblemDetail";

	private static final Map<Integer, String> DESCRIPTIONS = Map.of(400, "请求有误：参数或请求内容无效", 401,
			"未登录、用户名或密码不正确、账号已停用或已锁定", 403, "没有权限（如检查人员修改、支部书记进行管理员的操作）", 404, "找不到，或不在本人的权限范围内", 409, "与当前状态冲突", 413,
			"上传内容过大", 422, "内容有误，未处理：errors 逐条列出每处错误");

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
	}

	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handler) -> {
			ApiResponses responses = operation.getResponses();
			ApiErrors errors = handler.getMethodAnnotation(ApiErrors.class);
			if (errors != null) {
				for (int status : errors.value()) {
					responses.addApiResponse(Integer.toString(status), problem(status));
				}
			}
			responses.addApiResponse("401", problem(401));
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer problemSchema() {
		return (openApi) -> openApi.getComponents()
			.addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 问题详情")
				.addProperty("type", new StringSchema().example("about:blank"))
				.addProperty("title", new StringSchema().description("错误类别").example("请求有误"))
				.addProperty("status", new IntegerSchema().example(400))
				.addProperty("detail",
						new StringSchema().description("原因").example("参数“severity”的值“BAD”无效，应为：MAJOR、MINOR、NOTICE"))
				.addProperty("instance", new StringSchema().description("请求的路径"))
				.addProperty("errors",
						new ArraySchema().description("逐条错误（台账：file、sheet、row、column、value、message、text）")
							.items(new ObjectSchema()))
				.addProperty("moreErrors", new IntegerSchema().description("未列出的错误条数")));
	}

	private static ApiResponse problem(int status) {
		return new ApiResponse().description(DESCRIPTIONS.getOrDefault(status, Problems.title(status)))
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

}
