package nl.regie.privacy;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every chain of the audit log from its first entry to its head and reports the
 * first broken link: an entry whose fields no longer match its hash (changed), whose link
 * does not match the entry before (inserted or reordered), a missing number (deleted), or
 * a head that the last entry does not reach (the newest entries deleted).
 */
@Service
class AuditVerification {

	private final AuditChains chains;

	AuditVerification(AuditChains chains) {
		this.chains = chains;
	}

	@Transactional(readOnly = true)
	Result verify() {
		long checked = 0;
		for (AuditChains.Chain chain : chains.chains()) {
			ChainWalk walk = new ChainWalk(chain);
			chains.forEachEntry(chain, walk::step);
			Optional<BrokenLink> broken = walk.end();
			if (broken.isPresent()) {
				return new Result(checked + walk.checked, broken);
			}
			checked += walk.checked;
		}
		return new Result(checked, Optional.empty());
	}

	/**
	 * @param brokenLink the first broken link, if any
	 */
	record Result(long entriesChecked, Optional<BrokenLink> brokenLink) {

		/** Public, because the privacy officer's screen asks it. */
		public boolean intact() {
			return brokenLink.isEmpty();
		}

	}

	/**
	 * @param seq the number of the first entry that does not hold
	 */
	record BrokenLink(UUID municipalityId, int stripe, long seq, String problem) {
	}

	private static final class ChainWalk {

		private final AuditChains.Chain chain;

		private long expectedSeq = 1;

		private String previousHash = AuditEntry.GENESIS;

		private long checked;

		private BrokenLink broken;

		ChainWalk(AuditChains.Chain chain) {
			this.chain = chain;
		}

		void step(AuditEntry entry) {
			if (broken != null) {
				return;
			}
			if (entry.seq() != expectedSeq) {
				broken = link(expectedSeq, "entry missing");
			}
			else if (!entry.prevHash().equals(previousHash)) {
				broken = link(entry.seq(), "does not link to the entry before it");
			}
			else if (!entry.computedHash().equals(entry.hash())) {
				broken = link(entry.seq(), "changed after it was written");
			}
			else {
				checked++;
				expectedSeq++;
				previousHash = entry.hash();
			}
		}

		Optional<BrokenLink> end() {
			if (broken == null
					&& (chain.head().seq() != expectedSeq - 1 || !chain.head().hash().equals(previousHash))) {
				broken = link(expectedSeq, "the newest entries are missing");
			}
			return Optional.ofNullable(broken);
		}

		private BrokenLink link(long seq, String problem) {
			return new BrokenLink(chain.municipalityId(), chain.stripe(), seq, problem);
		}

	}

}
