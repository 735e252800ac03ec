namespace GlassesFirmware.Decision
{
    /// <summary>
    /// One event from <see cref="IWalletClient.Poll"/>, written into a caller-owned instance so polling
    /// allocates nothing. The client overwrites every field on each poll.
    /// </summary>
    public sealed class WalletEvent
    {
        /// <summary>What happened.</summary>
        public WalletEventKind Kind;

        /// <summary>The request the event is about (all zero for link events).</summary>
        public readonly byte[] RequestId = new byte[PaymentRequest.IdLength];

        /// <summary>The answer, for <see cref="WalletEventKind.Decision"/>.</summary>
        public WalletOutcome Outcome;

        /// <summary>Why, for <see cref="WalletOutcome.Declined"/>.</summary>
        public DeclineReason Reason;

        /// <summary>The payee name the wallet resolved (its records, not the QR text), or null.</summary>
        public string ResolvedPayee;

        /// <summary>The amount the wallet will charge, in minor units, or -1 when not known yet.</summary>
        public long AmountMinor;

        /// <summary>ISO 4217 numeric currency of <see cref="AmountMinor"/>, or -1.</summary>
        public int CurrencyNumeric;

        /// <summary>Clears every field.</summary>
        public void Clear()
        {
            Kind = WalletEventKind.None;
            for (int i = 0; i < RequestId.Length; i++)
            {
                RequestId[i] = 0;
            }
            Outcome = WalletOutcome.None;
            Reason = DeclineReason.None;
            ResolvedPayee = null;
            AmountMinor = -1;
            CurrencyNumeric = -1;
        }

        /// <summary>True when <see cref="RequestId"/> equals <paramref name="id"/>.</summary>
        public bool IsFor(byte[] id)
        {
            if (id == null || id.Length != RequestId.Length)
            {
                return false;
            }
            int diff = 0;
            for (int i = 0; i < id.Length; i++)
            {
                diff |= id[i] ^ RequestId[i];
            }
            return diff == 0;
        }
    }
}
