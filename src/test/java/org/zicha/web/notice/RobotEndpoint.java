package org.zicha.web.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A local group robot: an HTTP server on a free port that records what is posted to it
 * and answers as the robots do ({@code {"errcode":0,"errmsg":"ok"}}), or with a status
 * set to fail.
 */
final class RobotEndpoint implements AutoCloseable {

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	RobotEndpoint() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				this.requests
					.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
							exchange.getRequestHeaders().getFirst("Content-Type"), body, this.status));
			}
			byte[] answer = ((this.status == 200) ? "{\"errcode\":0,\"errmsg\":\"ok\"}"
					: "{\"errcode\":-1,\"errmsg\":\"busy\"}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		this.server.start();
	}

	/**
	 * The URL of a robot path on this server.
	 */
	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	void answer(int status) {
		this.status = status;
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The requests a robot path received that were answered 200.
	 */
	List<Request> delivered(String path) {
		return this.requests.stream().filter((r) -> r.path().equals(path) && r.status() == 200).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Request(String path, String query, String contentType, String body, int status) {

	}

}
