using System.Collections.Generic;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// How the reference wallet decides (configurable for tests and demos). Payees resolve through a table of
    /// known payees (QR text to the name on record); unknown payees resolve to "<c>{QR text} (unverified)</c>" or,
    /// with <see cref="RefuseUnknownPayees"/>, are declined. Amounts above <see cref="LimitMinor"/> are declined
    /// (Limit), above <see cref="BalanceMinor"/> (Funds).
    /// </summary>
    public sealed class DecisionPolicy
    {
        /// <summary>QR payee text to the payee name on the wallet's records.</summary>
        public Dictionary<string, string> KnownPayees { get; } = new Dictionary<string, string>();

        /// <summary>Decline payees not in <see cref="KnownPayees"/>.</summary>
        public bool RefuseUnknownPayees { get; set; }

        /// <summary>Largest single payment in minor units.</summary>
        public long LimitMinor { get; set; } = 100_000;

        /// <summary>Balance in minor units (not decremented: a stand-in).</summary>
        public long BalanceMinor { get; set; } = 10_000_000;

        /// <summary>
        /// Time the wallet "waits for its user" before deciding an authorization: the frame link sends KEEPALIVE
        /// every 500 ms meanwhile; HTTPS answers Keepalive and the glasses poll Status.
        /// </summary>
        public int UserApprovalDelayMs { get; set; }

        /// <summary>The payee the wallet speaks for a QR payee text, or null when refused.</summary>
        public string ResolvePayee(string qrPayee)
        {
            string text = qrPayee ?? "Unnamed payee";
            if (KnownPayees.TryGetValue(text, out string name))
            {
                return name;
            }

            return RefuseUnknownPayees ? null : text + " (unverified)";
        }

        /// <summary>The decline reason for paying <paramref name="amountMinor"/>, or 0 when it may be paid.</summary>
        public int Refusal(long amountMinor)
        {
            if (amountMinor > LimitMinor)
            {
                return 4;
            }

            return amountMinor > BalanceMinor ? 3 : 0;
        }
    }
}
