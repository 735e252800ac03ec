using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// Everything the wallet must not lose, in one SQLite file: its identity and TLS certificate, pairing offers,
    /// paired devices with their counters, challenges, requests with their decisions, and the ledger (one row per
    /// paid request id, enforced by a unique key). Each protocol message is handled in one transaction
    /// (<see cref="Begin"/>), so a crash leaves either all of its effects or none. Each statement text is prepared
    /// once and its command reused: the connection keeps a list of every live command and searches it whenever one is
    /// disposed, so a command per statement (readers' commands were never disposed) made every statement slower the
    /// longer the wallet ran (docs/performance.md, "Wallet peer under load").
    /// </summary>
    public sealed class WalletStore : IDisposable
    {
        private readonly SqliteConnection _db;
        private readonly Dictionary<string, SqliteCommand> _commands = new Dictionary<string, SqliteCommand>();
        private SqliteTransaction _transaction;

        /// <summary>Opens (and creates) the database file.</summary>
        public WalletStore(string path)
        {
            _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            _db.Open();
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            Execute(@"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS offers (secret BLOB PRIMARY KEY, expires_unix INTEGER NOT NULL, state INTEGER NOT NULL,
  device_id BLOB, hello BLOB, proof BLOB, wallet_nonce BLOB, finish BLOB, done BLOB, last_sent INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS devices (device_id BLOB PRIMARY KEY, secret BLOB NOT NULL, last_received INTEGER NOT NULL,
  last_sent INTEGER NOT NULL, paired_unix INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS challenges (challenge BLOB PRIMARY KEY, device_id BLOB NOT NULL, expires_ms INTEGER NOT NULL, used INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS requests (device_id BLOB NOT NULL, request_id BLOB NOT NULL, content BLOB NOT NULL, identity BLOB NOT NULL, authorization BLOB,
  outcome INTEGER NOT NULL, reason INTEGER NOT NULL, payee TEXT, amount INTEGER NOT NULL, currency INTEGER NOT NULL,
  decide_after_ms INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (device_id, request_id));
CREATE TABLE IF NOT EXISTS voice (device_id BLOB NOT NULL, request_id BLOB NOT NULL, purpose INTEGER NOT NULL, sequence INTEGER NOT NULL,
  last INTEGER NOT NULL, data BLOB NOT NULL, codec INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (device_id, request_id, purpose, sequence));
CREATE TABLE IF NOT EXISTS ledger (id INTEGER PRIMARY KEY AUTOINCREMENT, device_id BLOB NOT NULL, request_id BLOB NOT NULL,
  payee TEXT, amount INTEGER NOT NULL, currency INTEGER NOT NULL, UNIQUE (device_id, request_id));
CREATE INDEX IF NOT EXISTS requests_by_payload ON requests (payload);
CREATE INDEX IF NOT EXISTS challenges_by_device ON challenges (device_id, expires_ms);");
            if (Scalar("SELECT COUNT(*) FROM pragma_table_info('offers') WHERE name = 'last_sent'") is long found && found == 0)
            {
                // A file from before offers kept the wallet counter of their keys.
                // A file from before offers kept the wallet counter of their keys: a proved offer sent counter 1, and a
                // used one is given a mark above anything its pairing can have sent, so no counter is ever used twice.
                Execute("ALTER TABLE offers ADD COLUMN last_sent INTEGER NOT NULL DEFAULT 0");
                Execute("UPDATE offers SET last_sent = CASE state WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE 4294967296 END");
            }
        }

        /// <summary>The connection (for the protocol's queries).</summary>
        public SqliteConnection Connection => _db;

        /// <summary>Starts the transaction of one message.</summary>
        public SqliteTransaction Begin() => _transaction = _db.BeginTransaction();

        /// <summary>Runs a statement with positional parameters $1, $2, ...</summary>
        public int Execute(string sql, params object[] args)
        {
            return Command(sql, args).ExecuteNonQuery();
        }

        /// <summary>A single value (null when there is no row).</summary>
        public object Scalar(string sql, params object[] args)
        {
            object value = Command(sql, args).ExecuteScalar();
            return value is DBNull ? null : value;
        }

        /// <summary>A reader over a query (dispose it before the same query runs again).</summary>
        public SqliteDataReader Query(string sql, params object[] args) => Command(sql, args).ExecuteReader();

        /// <summary>A meta value, created by <paramref name="create"/> on first use (a null from it stores nothing).</summary>
        public byte[] Meta(string key, Func<byte[]> create)
        {
            if (Scalar("SELECT value FROM meta WHERE key = $1", key) is byte[] value)
            {
                return value;
            }

            value = create();
            if (value != null)
            {
                Execute("INSERT INTO meta (key, value) VALUES ($1, $2)", key, value);
            }

            return value;
        }

        /// <summary>Payments booked for a device and request id (0 or 1: the ledger's unique key).</summary>
        public long LedgerCount(byte[] deviceId = null, byte[] requestId = null)
        {
            return deviceId == null
                ? (long)Scalar("SELECT COUNT(*) FROM ledger")
                : (long)Scalar("SELECT COUNT(*) FROM ledger WHERE device_id = $1 AND request_id = $2", deviceId, requestId);
        }

        /// <summary>Closes the database.</summary>
        public void Dispose()
        {
            foreach (SqliteCommand command in _commands.Values)
            {
                command.Dispose();
            }

            _db.Dispose();
        }

        // The prepared command of `sql` with its parameters set, in the open transaction if there is one.
        private SqliteCommand Command(string sql, object[] args)
        {
            if (!_commands.TryGetValue(sql, out SqliteCommand command))
            {
                command = _db.CreateCommand();
                command.CommandText = sql;
                for (int i = 0; i < args.Length; i++)
                {
                    command.Parameters.Add(new SqliteParameter("$" + (i + 1), null));
                }

                _commands.Add(sql, command);
            }

            // A finished transaction has no connection any more.
            command.Transaction = _transaction?.Connection != null ? _transaction : null;
            for (int i = 0; i < args.Length; i++)
            {
                command.Parameters[i].Value = args[i] ?? DBNull.Value;
            }

            return command;
        }
    }
}
