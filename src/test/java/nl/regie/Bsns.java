package nl.regie;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up BSNs that pass the eleven-test, for test households. */
public final class Bsns {

	private Bsns() {
	}

	public static String random() {
		while (true) {
			int[] digits = new int[9];
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				digits[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
				sum += (9 - i) * digits[i];
			}
			int check = sum % 11;
			if (check < 10) {
				digits[8] = check;
				StringBuilder bsn = new StringBuilder();
				for (int digit : digits) {
					bsn.append(digit);
				}
				return bsn.toString();
			}
		}
	}

}
