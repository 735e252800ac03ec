using System.Collections.Generic;
using GlassesFirmware.Host.WalletPeer;
using Microsoft.Data.Sqlite;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>
    /// What the reference wallet's database holds about payments: one row per (device, request id) with its
    /// decision, and the ledger of paid request ids. "Exactly once" means: every request id has one decision, and
    /// each approved one is booked once.
    /// </summary>
    public sealed record WalletAudit(int Requests, int Approved, int LedgerRows, int LedgerRequestIds, bool OneDecisionPerRequest)
    {
        private const int ApprovedOutcome = 1;

        /// <summary>Reads the audit from the wallet's store.</summary>
        public static WalletAudit Of(WalletStore store)
        {
            int requests = 0, approved = 0;
            var approvedIds = new HashSet<string>();
            using (SqliteDataReader rows = store.Query("SELECT hex(device_id) || hex(request_id), outcome FROM requests"))
            {
                while (rows.Read())
                {
                    requests++;
                    if (rows.GetInt32(1) == ApprovedOutcome)
                    {
                        approved++;
                        approvedIds.Add(rows.GetString(0));
                    }
                }
            }
            int ledger = 0;
            var booked = new HashSet<string>();
            using (SqliteDataReader rows = store.Query("SELECT hex(device_id) || hex(request_id) FROM ledger"))
            {
                while (rows.Read())
                {
                    ledger++;
                    booked.Add(rows.GetString(0));
                }
            }
            bool once = ledger == booked.Count && booked.SetEquals(approvedIds);
            return new WalletAudit(requests, approved, ledger, booked.Count, once);
        }

        public override string ToString() =>
            Requests + " request ids, " + Approved + " approved, ledger " + LedgerRows + " rows for " + LedgerRequestIds + " request ids"
            + (OneDecisionPerRequest ? ": one decision per request id" : ": NOT one decision per request id");
    }
}
