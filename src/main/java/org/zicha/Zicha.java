package org.zicha;

public final class Zicha {

	private Zicha() {
	}

	public static void main(String[] args) {
		System.out.println("zicha");
	}

}
