using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.WalletPeer.Voice;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using Microsoft.Data.Sqlite;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>What the wallet answers one routed message with.</summary>
    public sealed class PeerAnswer
    {
        /// <summary>The sealed answer, or null for a transport-level refusal.</summary>
        public byte[] Body { get; init; }

        /// <summary>Why there is no sealed answer: UnknownDevice, the one transport-level refusal (protocol.md 7.2).</summary>
        public FramingError Refusal { get; init; }

        /// <summary>
        /// Set when the wallet is waiting for its user (an authorization within the policy's approval delay): the
        /// frame link keeps the exchange open with KEEPALIVE and asks again at this time (Unix ms); HTTPS already got
        /// a sealed Keepalive in <see cref="Body"/>.
        /// </summary>
        public long WaitUntilMs { get; init; }

        /// <summary>The device and message a wait is about (to finish it with <see cref="WalletProtocol.AnswerWait"/>).</summary>
        public byte[] DeviceId { get; init; }

        /// <summary>Request id the wait is about.</summary>
        public byte[] RequestId { get; init; }

        /// <summary>Counter of the glasses message being answered.</summary>
        public ulong ReplyTo { get; init; }
    }

    /// <summary>
    /// The wallet's side of docs/protocol.md 6-8, shared by both transports: routes by device id, opens the
    /// envelope (trying the device's recent challenges as associated data), refuses replays and stale or reused
    /// challenges, keeps one decision per (device, request id), books approved payments once in the ledger, runs
    /// the pairing handshake, and seals every answer. One message at a time, each in one SQLite transaction with
    /// the counters it moves, so a restart loses nothing and repeats nothing.
    /// </summary>
    public sealed class WalletProtocol
    {
        /// <summary>Challenge time to live.</summary>
        public const int ChallengeTtlMs = 30_000;

        /// <summary>How long after its expiry a challenge is still recognised (to say ChallengeExpired, not BadSeal).</summary>
        public const int ChallengeMemoryMs = 600_000;

        /// <summary>The most recent challenges of a device a payment request is tried against (newest first).</summary>
        public const int ChallengesTried = 32;

        /// <summary>How long a pairing offer is valid.</summary>
        public static readonly TimeSpan OfferLifetime = TimeSpan.FromMinutes(5);

        // Everything one message does is undone back to here when the message is refused (protocol.md 4.3, 6.4).
        private const string MessageSavepoint = "message";

        // A used or expired pairing offer still answers a pairing attempt with a sealed PairingRefused this long.
        private const long SpentOfferMemorySeconds = 24 * 3600;

        private const int Offered = 0;
        private const int Proved = 1;
        private const int Used = 2;

        private readonly object _lock = new object();
        private readonly WalletStore _store;
        private readonly ICryptoPrimitives _crypto;
        private readonly DecisionPolicy _policy;
        private readonly IVoiceVerifier _voice;

        // The enrolment samples the wallet keeps using for a device's voiceprint (the newest): as many as one whole
        // enrolment sends, a sample per EnrolmentScript phrase.
        private static readonly int MaxEnrolmentSamples = EnrolmentScript.Phrases.Length;
        private readonly byte[] _walletId;
        private readonly byte[] _certificate;
        private readonly Func<long> _nowMs;
        private readonly UplinkMessage _in = new UplinkMessage();
        private readonly UplinkMessage _out = new UplinkMessage();

        // Paired devices by hex id, each with its channel, so a pairing's keys are derived once, not per message.
        private readonly Dictionary<string, Device> _devices = new Dictionary<string, Device>();
        private SqliteTransaction _transaction;

        /// <summary>Creates the protocol over a store; <paramref name="nowMs"/> is wall-clock Unix milliseconds.</summary>
        public WalletProtocol(WalletStore store, ICryptoPrimitives crypto, DecisionPolicy policy, IVoiceVerifier voice, byte[] walletId, byte[] certificateDer, Func<long> nowMs)
        {
            _store = store;
            _crypto = crypto;
            _policy = policy;
            _voice = voice;
            _walletId = walletId;
            _certificate = certificateDer;
            _nowMs = nowMs;
        }

        /// <summary>Called after a message's transaction committed and before its answer is sent (tests simulate a crash here).</summary>
        public Action<MessageType> AfterCommit { get; set; }

        /// <summary>Transactions committed by <see cref="HandleBatch"/> (each one durable write, for one or more messages).</summary>
        public long BatchesCommitted { get; private set; }

        /// <summary>Issues a pairing offer and returns its QR text.</summary>
        public string CreateOffer(string httpsEndpoint, string frameEndpoint, byte[] anchorFingerprint)
        {
            PairingOffer offer = new PairingOffer
            {
                WalletId = _walletId,
                HttpsEndpoint = httpsEndpoint,
                FrameEndpoint = frameEndpoint,
                ExpiresUnixSeconds = (_nowMs() / 1000) + (long)OfferLifetime.TotalSeconds,
            };
            RandomNumberGenerator.Fill(offer.Secret);
            anchorFingerprint.CopyTo(offer.AnchorFingerprint, 0);
            lock (_lock)
            {
                _store.Execute("INSERT INTO offers (secret, expires_unix, state) VALUES ($1, $2, $3)", offer.Secret.ToArray(), offer.ExpiresUnixSeconds, Offered);
            }

            return offer.ToText();
        }

        /// <summary>Handles one routed message from the glasses.</summary>
        public PeerAnswer Handle(byte[] routed, string idempotencyKey = null)
        {
            PeerMessage[] one = { new PeerMessage(routed, idempotencyKey) };
            HandleBatch(one);
            return one[0].Result();
        }

        /// <summary>
        /// Handles messages in order in one transaction (a group commit: one durable write for all of them), each
        /// inside its own savepoint, so each is still all-or-nothing and sees the effects of the ones before it. A
        /// message's answer is set only after the commit, so no answer is given for an effect a power cut could undo.
        /// A message that throws has its effects undone and gets the exception; if the commit fails, every message of
        /// the batch gets the commit's exception (this method throws it).
        /// </summary>
        public void HandleBatch(IReadOnlyList<PeerMessage> messages)
        {
            lock (_lock)
            {
                MessageType[] handled = new MessageType[messages.Count];
                PeerAnswer[] answers = new PeerAnswer[messages.Count];
                using (SqliteTransaction transaction = _store.Begin())
                {
                    _transaction = transaction;
                    for (int i = 0; i < messages.Count; i++)
                    {
                        transaction.Save(MessageSavepoint);
                        try
                        {
                            answers[i] = Dispatch(messages[i].Routed, messages[i].IdempotencyKey, ref handled[i]);
                        }
                        catch (Exception failure)
                        {
                            // If even the rollback fails (the database broke), the whole batch fails with it.
                            messages[i].Failed(failure);
                            transaction.Rollback(MessageSavepoint);
                        }

                        transaction.Release(MessageSavepoint);
                    }

                    transaction.Commit();
                    _transaction = null;
                    BatchesCommitted++;
                }

                for (int i = 0; i < messages.Count; i++)
                {
                    if (messages[i].IsDone)
                    {
                        continue;
                    }

                    try
                    {
                        AfterCommit?.Invoke(handled[i]);
                        messages[i].Answered(answers[i]);
                    }
                    catch (Exception failure)
                    {
                        messages[i].Failed(failure);
                    }
                }
            }
        }

        /// <summary>Answers a wait that ended (the approval delay passed or the glasses cancelled): the decision, sealed.</summary>
        public PeerAnswer AnswerWait(PeerAnswer wait, bool cancelled)
        {
            lock (_lock)
            {
                using SqliteTransaction transaction = _store.Begin();
                Device device = LoadDevice(wait.DeviceId);
                if (device == null)
                {
                    return new PeerAnswer { Refusal = FramingError.UnknownDevice };
                }

                if (cancelled)
                {
                    CancelRequest(device, wait.RequestId);
                }

                Array.Copy(wait.RequestId, _in.RequestId, 16);
                byte[] body = SealDecision(device, wait.ReplyTo, LoadRequest(device, wait.RequestId), false);
                transaction.Commit();
                return new PeerAnswer { Body = body };
            }
        }

        private PeerAnswer Dispatch(byte[] routed, string idempotencyKey, ref MessageType handled)
        {
            if (!RoutedEnvelope.TryRead(routed, 0, routed.Length, out int idStart, out int idLength, out int envelopeStart))
            {
                return new PeerAnswer { Refusal = FramingError.UnknownDevice };
            }

            byte[] deviceId = routed.AsSpan(idStart, idLength).ToArray();
            byte[] envelope = routed.AsSpan(envelopeStart).ToArray();
            Device device = LoadDevice(deviceId);
            if (device == null)
            {
                return Pair(deviceId, envelope, ref handled);
            }

            if (_store.Scalar("SELECT done FROM offers WHERE device_id = $1 AND finish = $2", deviceId, envelope) is byte[] done)
            {
                // The glasses did not get PairDone: the same PairFinish gets the same answer, nothing new.
                return new PeerAnswer { Body = done };
            }

            byte[][] recent = RecentChallenges(device);
            OpenStatus opened = device.Channel.Open(envelope, 0, envelope.Length, recent, _in);
            ulong counter = device.Channel.LastCounter;
            if (opened == OpenStatus.BadSeal || opened == OpenStatus.Replayed)
            {
                return Error(device, counter, opened == OpenStatus.BadSeal ? WireError.BadSeal : WireError.Replayed, null);
            }

            if (opened != OpenStatus.Ok)
            {
                return Error(device, counter, opened == OpenStatus.UnsupportedVersion ? WireError.UnsupportedVersion : WireError.Malformed, null);
            }

            byte[] challenge = device.Channel.LastAssociatedData < 0 ? null : recent[device.Channel.LastAssociatedData];
            handled = _in.Type;
            if ((challenge != null) != (_in.Type == MessageType.PaymentRequest))
            {
                return Error(device, counter, WireError.BadSeal, null);
            }

            if (HasRequestId(_in.Type) && idempotencyKey != null && idempotencyKey != Convert.ToHexStringLower(_in.RequestId))
            {
                return Error(device, counter, WireError.Malformed, _in.RequestId);
            }

            if (_in.Type == MessageType.PaymentRequest && !SHA256.HashData(_in.Data.AsSpan(0, _in.DataLength)).AsSpan().SequenceEqual(_in.Payment.PayloadHash))
            {
                // Key 10 must be the SHA-256 of key 11 (protocol.md 6.2): the wallet checks what it can check.
                return Error(device, counter, WireError.Malformed, _in.RequestId);
            }

            // The message opened, decoded and passed the checks: its counter is the new high-water mark. A refusal
            // below (Error) rolls this back with everything else the message did.
            device.LastReceived = counter;
            _store.Execute("UPDATE devices SET last_received = $2 WHERE device_id = $1", deviceId, (long)counter);

            switch (_in.Type)
            {
                case MessageType.Hello:
                    return IssueChallenge(device, counter);
                case MessageType.PaymentRequest:
                    return Payment(device, counter, challenge);
                case MessageType.VoiceChunk:
                    return Voice(device, counter);
                case MessageType.Status:
                    return new PeerAnswer { Body = SealDecision(device, counter, LoadRequest(device, _in.RequestId), true) };
                case MessageType.Cancel:
                    CancelRequest(device, _in.RequestId);
                    return new PeerAnswer { Body = SealDecision(device, counter, LoadRequest(device, _in.RequestId), false) };
                case MessageType.Unpair:
                    byte[] ack = SealAck(device, counter, null, 0);
                    // The offer answers later pairing attempts under the same keys: it carries on from this counter.
                    _store.Execute("UPDATE offers SET last_sent = MAX(last_sent, $2) WHERE secret = $1", device.Secret, (long)device.LastSent);
                    _store.Execute("DELETE FROM devices WHERE device_id = $1", deviceId);
                    _store.Execute("DELETE FROM challenges WHERE device_id = $1", deviceId);
                    ForgetVoiceprint(deviceId);
                    Forget(deviceId);
                    return new PeerAnswer { Body = ack };
                default:
                    return Error(device, counter, WireError.Malformed, null);
            }
        }

        private PeerAnswer IssueChallenge(Device device, ulong counter)
        {
            byte[] challenge = RandomNumberGenerator.GetBytes(16);
            // Challenges past recognition are forgotten, so the table stays as small as the device's recent Hellos.
            _store.Execute("DELETE FROM challenges WHERE device_id = $1 AND expires_ms < $2", device.Id, _nowMs() - ChallengeMemoryMs);
            _store.Execute("INSERT INTO challenges (challenge, device_id, expires_ms, used) VALUES ($1, $2, $3, 0)", challenge, device.Id, _nowMs() + ChallengeTtlMs);
            _out.Reset(MessageType.Challenge);
            _out.ReplyTo = counter;
            challenge.CopyTo(_out.Challenge, 0);
            _out.TtlMs = ChallengeTtlMs;
            return new PeerAnswer { Body = Seal(device) };
        }

        private PeerAnswer Payment(Device device, ulong counter, byte[] challenge)
        {
            using (SqliteDataReader row = _store.Query("SELECT expires_ms, used FROM challenges WHERE challenge = $1", challenge))
            {
                row.Read();
                if (row.GetInt64(1) != 0)
                {
                    return Error(device, counter, WireError.ChallengeUsed, _in.RequestId);
                }

                if (row.GetInt64(0) < _nowMs())
                {
                    return Error(device, counter, WireError.ChallengeExpired, _in.RequestId);
                }
            }

            _store.Execute("UPDATE challenges SET used = 1 WHERE challenge = $1", challenge);
            byte[] requestId = _in.RequestId.ToArray();
            int stage = _in.Payment.Stage;
            byte[] authorization = stage == 1 ? Hash(_in) : null;
            long amount = _in.AmountMinor;
            int currency = _in.CurrencyNumeric;
            _in.Payment.Stage = 0;
            byte[] content = Hash(_in);
            // Stage 1 carries the amount the wearer heard (the wallet's, for a spoken amount): compare the rest.
            _in.AmountMinor = -1;
            _in.CurrencyNumeric = -1;
            byte[] identity = Hash(_in);
            _in.Payment.Stage = stage;
            _in.AmountMinor = amount;
            _in.CurrencyNumeric = currency;
            Request request = LoadRequest(device, requestId);
            if (request == null)
            {
                if (stage == 1)
                {
                    return Error(device, counter, WireError.UnknownRequest, requestId);
                }

                request = Resolve(device, requestId, content, identity);
            }
            else if (request.Content.Length == 0 && request.Outcome == 7)
            {
                // Cancelled before it ever arrived: the answer stays Cancelled.
            }
            else if (!(stage == 0 ? request.Content : request.Identity).SequenceEqual(stage == 0 ? content : identity))
            {
                return Error(device, counter, WireError.Conflict, requestId);
            }
            else if (stage == 0)
            {
                ApplySpokenAmount(device, request);
            }
            else if (request.Authorization != null)
            {
                if (!request.Authorization.SequenceEqual(authorization))
                {
                    return Error(device, counter, WireError.Conflict, requestId);
                }
            }
            else if (request.Outcome == 3)
            {
                Authorize(device, request, authorization);
            }
            else if (request.Outcome == 4)
            {
                return Error(device, counter, WireError.WrongState, requestId);
            }

            return DecisionOrWait(device, counter, request);
        }

        private Request Resolve(Device device, byte[] requestId, byte[] content, byte[] identity)
        {
            Request request = new Request { RequestId = requestId, Content = content, Amount = _policy.ResolveAmount(_in.Payment.Payee, _in.AmountMinor), Currency = _in.CurrencyNumeric };
            request.Payee = _policy.ResolvePayee(_in.Payment.Payee);
            byte[] payloadHash = _in.Payment.PayloadHash.ToArray();
            // Records are per (device id, request id): another device's record is another request, whatever its id.
            bool alreadyPaid = _in.Payment.Dynamic && (long)_store.Scalar(
                "SELECT COUNT(*) FROM requests r JOIN ledger l ON l.device_id = r.device_id AND l.request_id = r.request_id WHERE r.payload = $1 AND NOT (r.device_id = $2 AND r.request_id = $3)",
                payloadHash, device.Id, requestId) > 0;
            int refusal = _policy.KindRefusal(_in.Payment.PayloadKind);
            if (refusal == 0 && request.Amount >= 0) refusal = _policy.Refusal(request.Amount, request.Currency);
            if (alreadyPaid || request.Payee == null || refusal != 0)
            {
                // The amount to book is known (the code's or the wallet's): one over the limit is never read back.
                request.Outcome = 2;
                request.Reason = alreadyPaid ? 7 : request.Payee == null ? 6 : refusal;
            }
            else
            {
                request.Outcome = request.Amount < 0 ? 4 : 3;
            }

            _store.Execute(
                "INSERT INTO requests (device_id, request_id, content, identity, outcome, reason, payee, amount, currency, decide_after_ms, payload) VALUES ($1, $2, $3, $10, $4, $5, $6, $7, $8, 0, $9)",
                device.Id, requestId, content, request.Outcome, request.Reason, request.Payee, request.Amount, request.Currency, payloadHash, identity);
            return request;
        }

        private void ApplySpokenAmount(Device device, Request request)
        {
            VoiceClip utterance = Utterance(device.Id, request.RequestId, 0);
            if (request.Outcome != 4 || utterance == null)
            {
                return;
            }

            long amount = _voice.HearAmount(device.Id, utterance).Amount;
            if (amount >= 0)
            {
                // The spoken amount is the one to book: over the limit it is declined now, before any readback.
                int refusal = _policy.Refusal(amount, request.Currency);
                request.Amount = amount;
                request.Outcome = refusal == 0 ? 3 : 2;
                request.Reason = refusal;
                _store.Execute("UPDATE requests SET amount = $3, outcome = $4, reason = $5 WHERE device_id = $1 AND request_id = $2",
                    device.Id, request.RequestId, amount, request.Outcome, request.Reason);
            }
        }

        private void Authorize(Device device, Request request, byte[] authorization)
        {
            int reason = 0;
            if (_in.AmountMinor != request.Amount || _in.CurrencyNumeric != request.Currency)
            {
                reason = 2;
            }
            else if (_in.Payment.Method == 0)
            {
                VoiceClip utterance = Utterance(device.Id, request.RequestId, 1);
                VoiceHearing heard = utterance == null ? VoiceHearing.Nothing("no complete utterance") : _voice.HearConfirmation(device.Id, utterance, request.Amount);
                if (heard.Cancels)
                {
                    // The wearer said "cancel": withdrawn like a Cancel message, nothing booked.
                    request.Outcome = 7;
                    request.Reason = 0;
                    _store.Execute("UPDATE requests SET authorization = $3, outcome = 7, reason = 0 WHERE device_id = $1 AND request_id = $2",
                        device.Id, request.RequestId, authorization);
                    return;
                }

                reason = heard.Reason;
            }

            if (reason == 0)
            {
                // Again at the authorization, against the amount to be booked, whatever its source.
                reason = _policy.Refusal(request.Amount, request.Currency);
            }

            request.Outcome = reason == 0 ? 1 : 2;
            request.Reason = reason;
            request.Authorization = authorization;
            request.DecideAfterMs = _policy.UserApprovalDelayMs > 0 ? _nowMs() + _policy.UserApprovalDelayMs : 0;
            _store.Execute(
                "UPDATE requests SET authorization = $3, outcome = $4, reason = $5, decide_after_ms = $6 WHERE device_id = $1 AND request_id = $2",
                device.Id, request.RequestId, authorization, request.Outcome, request.Reason, request.DecideAfterMs);
            if (request.Outcome == 1)
            {
                _store.Execute("INSERT INTO ledger (device_id, request_id, payee, amount, currency) VALUES ($1, $2, $3, $4, $5)",
                    device.Id, request.RequestId, request.Payee, request.Amount, request.Currency);
            }
        }

        private PeerAnswer DecisionOrWait(Device device, ulong counter, Request request)
        {
            if (request.DecideAfterMs > _nowMs())
            {
                _out.Reset(MessageType.Keepalive);
                _out.ReplyTo = counter;
                request.RequestId.CopyTo(_out.RequestId, 0);
                _out.KeepaliveStatus = 2;
                return new PeerAnswer { Body = Seal(device), WaitUntilMs = request.DecideAfterMs, DeviceId = device.Id, RequestId = request.RequestId, ReplyTo = counter };
            }

            return new PeerAnswer { Body = SealDecision(device, counter, request, false) };
        }

        private void CancelRequest(Device device, byte[] requestId)
        {
            Request request = LoadRequest(device, requestId);
            if (request == null)
            {
                _store.Execute(
                    "INSERT INTO requests (device_id, request_id, content, identity, outcome, reason, amount, currency, decide_after_ms, payload) VALUES ($1, $2, X'', X'', 7, 0, -1, -1, 0, X'')",
                    device.Id, requestId.ToArray());
            }
            else if (request.Outcome == 3 || request.Outcome == 4 || request.DecideAfterMs > _nowMs())
            {
                // Not decided yet, or still "waiting for the user": withdrawn, and nothing booked.
                _store.Execute("UPDATE requests SET outcome = 7, reason = 0, decide_after_ms = 0 WHERE device_id = $1 AND request_id = $2", device.Id, requestId.ToArray());
                _store.Execute("DELETE FROM ledger WHERE device_id = $1 AND request_id = $2", device.Id, requestId.ToArray());
            }
        }

        private PeerAnswer Voice(Device device, ulong counter)
        {
            byte[] requestId = _in.RequestId.ToArray();
            Request request = LoadRequest(device, requestId);
            if (_in.Voice.Purpose == (int)VoicePurpose.Enrolment)
            {
                return request == null ? EnrolmentSample(device, counter, requestId) : Error(device, counter, WireError.WrongState, requestId);
            }

            if (request == null)
            {
                return Error(device, counter, WireError.UnknownRequest, requestId);
            }

            if (request.Outcome != 3 && request.Outcome != 4)
            {
                return Error(device, counter, WireError.WrongState, requestId);
            }

            StoreVoiceChunk(device, requestId);
            return new PeerAnswer { Body = SealAck(device, counter, requestId, _in.Voice.Sequence) };
        }

        // An enrolment sample's chunk (protocol.md 6.2, purpose 2): stored like any voice chunk; with the last one
        // the wearer is enrolled again.
        private PeerAnswer EnrolmentSample(Device device, ulong counter, byte[] sampleId)
        {
            StoreVoiceChunk(device, sampleId);
            if (_in.Voice.Last)
            {
                EnrolFromStore(device.Id);
            }

            return new PeerAnswer { Body = SealAck(device, counter, sampleId, _in.Voice.Sequence) };
        }

        // Enrols the wearer from the device's stored complete samples, the newest MaxEnrolmentSamples. The samples are
        // the persistent voiceprint: the wallet enrols from them again when it first sees the device after a restart.
        private void EnrolFromStore(byte[] deviceId)
        {
            var samples = new List<short[]>();
            var phrases = new List<string>();
            var ids = new List<byte[]>();
            using (SqliteDataReader rows = _store.Query("SELECT request_id FROM voice WHERE device_id = $1 AND purpose = $2 AND last = 1 ORDER BY rowid DESC LIMIT $3",
                deviceId, (int)VoicePurpose.Enrolment, MaxEnrolmentSamples))
            {
                while (rows.Read())
                {
                    ids.Add((byte[])rows[0]);
                }
            }

            foreach (byte[] id in ids)
            {
                VoiceClip clip = Utterance(deviceId, id, (int)VoicePurpose.Enrolment);
                try
                {
                    if (clip != null)
                    {
                        samples.Add(clip.Pcm);
                        phrases.Add(EnrolmentScript.PhraseOf(id));
                    }
                }
                catch (FormatException)
                {
                    // A sample the wallet cannot decode does not enrol.
                }
            }

            if (samples.Count > 0)
            {
                _voice.Enrol(deviceId, samples.ToArray(), phrases.ToArray());
            }
        }

        // The wearer's voiceprint goes with the pairing (unpaired, or paired anew): whoever wears the glasses next enrols anew.
        private void ForgetVoiceprint(byte[] deviceId)
        {
            _store.Execute("DELETE FROM voice WHERE device_id = $1 AND purpose = $2", deviceId, (int)VoicePurpose.Enrolment);
            _voice.Enrol(deviceId, Array.Empty<short[]>(), Array.Empty<string>());
        }

        private void StoreVoiceChunk(Device device, byte[] requestId)
        {
            _store.Execute("INSERT OR REPLACE INTO voice (device_id, request_id, purpose, sequence, last, data, codec) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                device.Id, requestId, _in.Voice.Purpose, _in.Voice.Sequence, _in.Voice.Last ? 1 : 0, _in.Data.AsSpan(0, _in.DataLength).ToArray(), _in.Voice.Codec);
        }

        // The utterance of one purpose when complete (chunks 0..last without a gap, all of one codec), else null.
        private VoiceClip Utterance(byte[] deviceId, byte[] requestId, int purpose)
        {
            List<byte> bytes = new List<byte>();
            int expected = 0;
            int codec = -1;
            using SqliteDataReader rows = _store.Query("SELECT sequence, last, data, codec FROM voice WHERE device_id = $1 AND request_id = $2 AND purpose = $3 ORDER BY sequence", deviceId, requestId, purpose);
            while (rows.Read())
            {
                if (rows.GetInt32(0) != expected++ || (codec >= 0 && rows.GetInt32(3) != codec))
                {
                    return null;
                }

                codec = rows.GetInt32(3);
                bytes.AddRange((byte[])rows[2]);
                if (rows.GetInt32(1) == 1)
                {
                    return new VoiceClip(codec, bytes.ToArray());
                }
            }

            return null;
        }

        private PeerAnswer Pair(byte[] deviceId, byte[] envelope, ref MessageType handled)
        {
            List<(byte[] Secret, long Expires, int State, byte[] Device, byte[] Hello, byte[] Proof, byte[] Nonce, long LastSent)> offers = new();
            using (SqliteDataReader rows = _store.Query("SELECT secret, expires_unix, state, device_id, hello, proof, wallet_nonce, last_sent FROM offers WHERE expires_unix > $1",
                _nowMs() / 1000 - SpentOfferMemorySeconds))
            {
                while (rows.Read())
                {
                    offers.Add(((byte[])rows[0], rows.GetInt64(1), rows.GetInt32(2), rows[3] as byte[], rows[4] as byte[], rows[5] as byte[], rows[6] as byte[], rows.GetInt64(7)));
                }
            }

            foreach (var offer in offers)
            {
                if (offer.State == Proved && !offer.Device.SequenceEqual(deviceId))
                {
                    continue;
                }

                // Every answer under the offer's keys (PairProof, PairDone, a refusal) takes the offer's next counter.
                Device pending = new Device(_store, deviceId, offer.Secret, false) { LastSent = (ulong)offer.LastSent };
                pending.Channel = new UplinkChannel(_crypto, offer.Secret, _walletId, deviceId, ChannelRole.Wallet, pending);
                if (pending.Channel.Open(envelope, 0, envelope.Length, null, _in) != OpenStatus.Ok)
                {
                    continue;
                }

                ulong counter = pending.Channel.LastCounter;
                handled = _in.Type;
                if (offer.State == Used)
                {
                    // A used QR scanned again gets a sealed refusal; any other message under its keys comes from a
                    // device that paired with it and was unpaired since: unknown, like every unknown device.
                    bool pairing = _in.Type == MessageType.PairHello || _in.Type == MessageType.PairFinish;
                    return pairing ? Error(pending, counter, WireError.PairingRefused, null) : new PeerAnswer { Refusal = FramingError.UnknownDevice };
                }

                if (_in.Type == MessageType.PairHello && counter == PairingHandshake.HelloCounter)
                {
                    if (offer.State == Proved)
                    {
                        // A resent PairHello gets the same PairProof; anything else for a proved offer is refused.
                        return offer.Hello.SequenceEqual(envelope) ? new PeerAnswer { Body = offer.Proof } : Error(pending, counter, WireError.PairingRefused, null);
                    }

                    if (offer.Expires < _nowMs() / 1000)
                    {
                        return Error(pending, counter, WireError.PairingRefused, null);
                    }

                    byte[] nonce = RandomNumberGenerator.GetBytes(16);
                    _out.Reset(MessageType.PairProof);
                    _out.ReplyTo = counter;
                    _in.Nonces.Glasses.CopyTo(_out.Nonces.Glasses, 0);
                    nonce.CopyTo(_out.Nonces.Wallet, 0);
                    byte[] proof = Seal(pending);
                    _store.Execute("UPDATE offers SET state = $2, device_id = $3, hello = $4, proof = $5, wallet_nonce = $6 WHERE secret = $1",
                        offer.Secret, Proved, deviceId, envelope, proof, nonce);
                    return new PeerAnswer { Body = proof };
                }

                if (_in.Type == MessageType.PairFinish && counter == PairingHandshake.FinishCounter && offer.State == Proved
                    && CryptographicOperations.FixedTimeEquals(_in.Nonces.Wallet, offer.Nonce))
                {
                    _out.Reset(MessageType.PairDone);
                    _out.ReplyTo = counter;
                    _out.SetData(_certificate, 0, _certificate.Length);
                    byte[] done = Seal(pending);
                    _store.Execute("INSERT INTO devices (device_id, secret, last_received, last_sent, paired_unix) VALUES ($1, $2, 2, $4, $3)",
                        deviceId, offer.Secret, _nowMs() / 1000, (long)pending.LastSent);
                    _store.Execute("UPDATE offers SET state = $2, finish = $3, done = $4 WHERE secret = $1", offer.Secret, Used, envelope, done);
                    ForgetVoiceprint(deviceId);
                    return new PeerAnswer { Body = done };
                }

                return Error(pending, counter, WireError.PairingRefused, null);
            }

            // Nothing opened it: the same refusal whether or not a pairing is in progress (protocol.md 7.2).
            return new PeerAnswer { Refusal = FramingError.UnknownDevice };
        }

        private byte[][] RecentChallenges(Device device)
        {
            // A payment request is sealed for one of this device's recent challenges (used or expired ones too, to say
            // which), newest first and a bounded number of them: one request never costs more than that many MACs.
            List<byte[]> recent = new List<byte[]>();
            using SqliteDataReader rows = _store.Query("SELECT challenge FROM challenges WHERE device_id = $1 AND expires_ms > $2 ORDER BY expires_ms DESC LIMIT $3",
                device.Id, _nowMs() - ChallengeMemoryMs, ChallengesTried);
            while (rows.Read())
            {
                recent.Add((byte[])rows[0]);
            }

            return recent.ToArray();
        }

        private byte[] SealDecision(Device device, ulong counter, Request request, bool statusQuery)
        {
            _out.Reset(MessageType.Decision);
            _out.ReplyTo = counter;
            _in.RequestId.CopyTo(_out.RequestId, 0);
            if (request == null)
            {
                _out.Decision.Outcome = 6;
            }
            else if (request.DecideAfterMs > _nowMs())
            {
                _out.Decision.Outcome = 5;
            }
            else
            {
                _out.Decision.Outcome = request.Outcome;
                _out.Decision.Reason = request.Reason;
                _out.Decision.ResolvedPayee = request.Payee;
                _out.AmountMinor = request.Amount;
                _out.CurrencyNumeric = request.Currency;
            }

            return Seal(device);
        }

        private byte[] SealAck(Device device, ulong counter, byte[] requestId, int sequence)
        {
            _out.Reset(MessageType.Ack);
            _out.ReplyTo = counter;
            if (requestId != null)
            {
                _out.HasRequestId = true;
                requestId.CopyTo(_out.RequestId, 0);
                _out.Voice.Sequence = sequence;
            }

            return Seal(device);
        }

        // A refusal: everything the message did so far is undone, then the Error is sealed (its wallet counter kept).
        private PeerAnswer Error(Device device, ulong counter, WireError code, byte[] requestId)
        {
            _transaction.Rollback(MessageSavepoint);
            _out.Reset(MessageType.Error);
            _out.ReplyTo = counter;
            _out.ErrorCode = code;
            if (requestId != null)
            {
                _out.HasRequestId = true;
                requestId.CopyTo(_out.RequestId, 0);
            }

            return new PeerAnswer { Body = Seal(device) };
        }

        // Seals _out with the device's channel under its next wallet counter (persisted when the device is stored).
        private byte[] Seal(Device device)
        {
            device.Channel.Seal(_out, null, out _, out byte[] sealedMessage);
            return sealedMessage;
        }

        // The stored device with its counters as stored; its channel is kept while the pairing (secret) stays the same.
        private Device LoadDevice(byte[] deviceId)
        {
            string key = Convert.ToHexStringLower(deviceId);
            using SqliteDataReader row = _store.Query("SELECT secret, last_received, last_sent FROM devices WHERE device_id = $1", deviceId);
            if (!row.Read())
            {
                Forget(deviceId);
                return null;
            }

            byte[] secret = (byte[])row[0];
            if (!_devices.TryGetValue(key, out Device device) || !device.Secret.SequenceEqual(secret))
            {
                Forget(deviceId);
                device = new Device(_store, deviceId, secret, true);
                device.Channel = new UplinkChannel(_crypto, secret, _walletId, deviceId, ChannelRole.Wallet, device);
                _devices[key] = device;
                EnrolFromStore(deviceId);
            }

            device.LastReceived = (ulong)row.GetInt64(1);
            device.LastSent = (ulong)row.GetInt64(2);
            return device;
        }

        // Drops a device's channel and wipes its keys (unpaired, or paired anew).
        private void Forget(byte[] deviceId)
        {
            if (_devices.Remove(Convert.ToHexStringLower(deviceId), out Device device))
            {
                device.Channel.Wipe();
            }
        }

        private Request LoadRequest(Device device, byte[] requestId)
        {
            using SqliteDataReader row = _store.Query(
                "SELECT content, authorization, outcome, reason, payee, amount, currency, decide_after_ms, identity FROM requests WHERE device_id = $1 AND request_id = $2",
                device.Id, requestId.ToArray());
            if (!row.Read())
            {
                return null;
            }

            return new Request
            {
                RequestId = requestId.ToArray(),
                Content = (byte[])row[0],
                Authorization = row[1] as byte[],
                Outcome = row.GetInt32(2),
                Reason = row.GetInt32(3),
                Payee = row[4] as string,
                Amount = row.GetInt64(5),
                Currency = row.GetInt32(6),
                DecideAfterMs = row.GetInt64(7),
                Identity = (byte[])row[8],
            };
        }

        private static byte[] Hash(UplinkMessage message)
        {
            byte[] buffer = new byte[8192];
            int length = MessageCodec.Encode(message, buffer, 0, buffer.Length);
            return SHA256.HashData(buffer.AsSpan(0, length));
        }

        private static bool HasRequestId(MessageType type) =>
            type == MessageType.PaymentRequest || type == MessageType.VoiceChunk || type == MessageType.Status || type == MessageType.Cancel;

        // A paired (or pairing) device: its secret, its counters as the channel's counter port, and its channel.
        private sealed class Device : IChannelCounters
        {
            private readonly WalletStore _store;
            private readonly bool _stored;

            public Device(WalletStore store, byte[] id, byte[] secret, bool stored)
            {
                _store = store;
                Id = id;
                Secret = secret;
                _stored = stored;
            }

            public byte[] Id { get; }

            public byte[] Secret { get; }

            public UplinkChannel Channel { get; set; }

            public ulong LastReceived { get; set; }

            public ulong LastSent { get; set; }

            // The next wallet counter, written first: to the device's row when it is paired, else to its pairing
            // offer's row, so an answer sealed under a pairing's keys never reuses a counter (protocol.md 4.2, 7.2).
            public bool TryNext(out ulong counter)
            {
                counter = ++LastSent;
                _store.Execute(_stored ? "UPDATE devices SET last_sent = $2 WHERE device_id = $1" : "UPDATE offers SET last_sent = $2 WHERE secret = $1",
                    _stored ? Id : Secret, (long)counter);
                return true;
            }
        }

        private sealed class Request
        {
            public byte[] RequestId;
            public byte[] Content;
            public byte[] Identity;
            public byte[] Authorization;
            public int Outcome;
            public int Reason;
            public string Payee;
            public long Amount;
            public int Currency;
            public long DecideAfterMs;
        }
    }
}
