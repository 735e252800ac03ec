using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Host.Adapters.Links;
using GlassesFirmware.Host.Adapters.Platform;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Pairing;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// A reference wallet in a temporary SQLite file and one pair of glasses (the runtime's WalletClient with host
    /// links) on 127.0.0.1, with fault injection: frames or HTTPS responses lost on demand, and the wallet "crashing"
    /// after committing a message.
    /// </summary>
    public sealed class UplinkRig : IAsyncDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("uplink-").FullName;
        private readonly bool _frames;
        private readonly bool _https;

        private UplinkRig(bool frames, bool https)
        {
            _frames = frames;
            _https = https;
        }

        public WalletPeerHost Peer { get; private set; }
        public DecisionPolicy Policy { get; } = new DecisionPolicy { LimitMinor = 50_000 };
        public MemoryRecordStore Store { get; } = new MemoryRecordStore();
        public WalletClient Client { get; private set; }
        public LossyFrameLink FrameLink { get; private set; }
        public HttpsRequestLink RequestLink { get; private set; }
        /// <summary>The HTTP handler of the current HTTP client (a new one after each reconfiguration).</summary>
        public LossyHandler Https { get; private set; } = new LossyHandler(new ConcurrentQueue<byte[]>());
        public StopwatchClock Clock { get; } = new StopwatchClock();
        public List<WalletEvent> Events { get; } = new List<WalletEvent>();
        public string DatabasePath => Path.Combine(_directory, "wallet.db");

        /// <summary>A wallet (voice port <paramref name="voice"/>, by default the marker double) and unpaired glasses with the chosen links.</summary>
        public static async Task<UplinkRig> StartAsync(bool frames, bool https, IVoiceVerifier voice = null)
        {
            UplinkRig rig = new UplinkRig(frames, https);
            rig.Policy.KnownPayees["Cafe Alpha"] = "Cafe Alpha Pte Ltd";
            rig.Peer = await WalletPeerHost.StartAsync(rig.DatabasePath, rig.Policy, voice ?? new MarkerVoiceVerifier());
            rig.Client = rig.NewClient();
            return rig;
        }

        /// <summary>Glasses after a reboot: the same storage, new RAM.</summary>
        public WalletClient NewClient()
        {
            FrameLink?.Dispose();
            RequestLink?.Dispose();
            FrameLink = _frames ? new LossyFrameLink(StreamFrameLink.Connect(Peer.FrameEndpoint, 64)) : null;
            RequestLink = _https ? new HttpsRequestLink(TimeSpan.FromSeconds(2), new RetrySchedule(20, 200, 3), inner => Https = new LossyHandler(Https.Posted) { InnerHandler = inner }) : null;
            Client = new WalletClient(new DotNetCryptoPrimitives(), new DotNetRandomSource(), Store, Clock, FrameLink, RequestLink) { AnswerTimeoutMs = 1500 };
            Assert.True(Client.Load());
            return Client;
        }

        /// <summary>Stops the wallet and starts it again on the same database and ports, with <paramref name="voice"/> (default the marker double).</summary>
        public async Task RestartPeerAsync(IVoiceVerifier voice = null)
        {
            int https = Peer.HttpsPort;
            int frames = Peer.FramePort;
            await Peer.DisposeAsync();
            Peer = await WalletPeerHost.StartAsync(DatabasePath, Policy, voice ?? new MarkerVoiceVerifier(), https, frames);
        }

        /// <summary>Pairs through the client's links with a fresh offer.</summary>
        public void Pair()
        {
            byte[] qr = Encoding.ASCII.GetBytes(Peer.CreatePairingText());
            Assert.Equal(PairingStatus.Ok, Client.BeginPairing(qr, 0, qr.Length));
            Drive(() => Client.PairingResult != PairingStatus.WrongState);
            Assert.Equal(PairingStatus.Ok, Client.PairingResult);
            Assert.True(Client.IsPaired);
        }

        /// <summary>A payment request for the sample EMV-like payload.</summary>
        public static PaymentRequest Request(string payee = "Cafe Alpha", long amount = 1250, string payload = "00020101021226SAMPLE")
        {
            PaymentRequest request = new PaymentRequest(256);
            System.Security.Cryptography.RandomNumberGenerator.Fill(request.RequestId);
            byte[] bytes = Encoding.ASCII.GetBytes(payload);
            bytes.CopyTo(request.Payload, 0);
            request.PayloadLength = bytes.Length;
            request.Payee = payee;
            request.AmountMinor = amount;
            request.CurrencyNumeric = 702;
            request.Kind = GlassesFirmware.Payload.PayloadKind.EmvMerchant;
            request.Dynamic = true;
            return request;
        }

        /// <summary>Submits, streams the confirmation "yes", confirms; returns the final decision event.</summary>
        public WalletEvent Pay(PaymentRequest request, string utterance = "YES")
        {
            WalletEvent resolved = Submit(request);
            Assert.True(resolved.Outcome == WalletOutcome.NeedsConfirmation, resolved.Kind + " " + resolved.Outcome + ", last wallet error " + Client.LastError);
            return Confirm(request, utterance, resolved);
        }

        public WalletEvent Submit(PaymentRequest request)
        {
            Assert.Equal(WalletCallStatus.Queued, Client.Submit(request));
            return Decision(request.RequestId);
        }

        public WalletEvent Confirm(PaymentRequest request, string utterance, WalletEvent resolved)
        {
            byte[] voice = Encoding.ASCII.GetBytes(utterance);
            Assert.Equal(WalletCallStatus.Queued, Client.SendVoice(request.RequestId, VoicePurpose.Confirmation, 0, voice, 0, voice.Length, true));
            string readback = "Pay " + resolved.ResolvedPayee + " " + resolved.AmountMinor + "?";
            Assert.Equal(WalletCallStatus.Queued, Client.Confirm(request.RequestId, ConfirmationMethod.Voice, readback));
            return Decision(request.RequestId);
        }

        /// <summary>Polls until a Decision or Failed event for <paramref name="requestId"/>.</summary>
        public WalletEvent Decision(byte[] requestId)
        {
            WalletEvent found = null;
            Drive(() =>
            {
                found = Events.Find(e => (e.Kind == WalletEventKind.Decision || e.Kind == WalletEventKind.Failed) && e.IsFor(requestId));
                return found != null;
            });
            Events.Remove(found);
            return found;
        }

        /// <summary>Runs the glasses' main loop until <paramref name="done"/> (at most 15 s).</summary>
        public void Drive(Func<bool> done)
        {
            DateTime limit = DateTime.UtcNow.AddSeconds(15);
            while (!done())
            {
                Assert.True(DateTime.UtcNow < limit, "the uplink did not finish in time");
                WalletEvent e = new WalletEvent();
                if (Client.Poll(e))
                {
                    Events.Add(e);
                    continue;
                }

                if (FrameLink == null || !FrameLink.Inner.Wait(2))
                {
                    RequestLink?.Wait(2);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            FrameLink?.Dispose();
            RequestLink?.Dispose();
            await Peer.DisposeAsync();
            try
            {
                Directory.Delete(_directory, true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>A frame link that records what the glasses send and can lose whole incoming frames.</summary>
    public sealed class LossyFrameLink : IFrameLink, IDisposable
    {
        private bool _dropping;

        public LossyFrameLink(StreamFrameLink inner) => Inner = inner;

        public StreamFrameLink Inner { get; }

        /// <summary>Incoming frames still to lose.</summary>
        public int DropFrames;

        /// <summary>Every fragment the glasses sent.</summary>
        public ConcurrentQueue<byte[]> Sent { get; } = new ConcurrentQueue<byte[]>();

        public bool IsConnected => Inner.IsConnected;

        public int MaxFragmentLength => Inner.MaxFragmentLength;

        public bool Send(byte[] data, int offset, int count)
        {
            Sent.Enqueue(data.AsSpan(offset, count).ToArray());
            return Inner.Send(data, offset, count);
        }

        public int Receive(byte[] buffer, int offset, int capacity)
        {
            while (true)
            {
                int length = Inner.Receive(buffer, offset, capacity);
                if (length <= 0)
                {
                    return length;
                }

                bool initial = (buffer[offset] & 0x80) != 0;
                if (initial && buffer[offset] == 0x83)
                {
                    _dropping = DropFrames > 0;
                    if (_dropping)
                    {
                        DropFrames--;
                    }
                }
                else if (initial)
                {
                    _dropping = false;
                }

                if (!_dropping)
                {
                    return length;
                }
            }
        }

        public void Dispose() => Inner.Dispose();
    }

    /// <summary>An HTTP handler that loses responses on demand (the wallet processed the request; the glasses never hear).</summary>
    public sealed class LossyHandler : DelegatingHandler
    {
        public LossyHandler(ConcurrentQueue<byte[]> posted) => Posted = posted;

        /// <summary>Responses still to lose.</summary>
        public int DropResponses;

        /// <summary>Bodies POSTed so far.</summary>
        public ConcurrentQueue<byte[]> Posted { get; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Posted.Enqueue(await request.Content.ReadAsByteArrayAsync(cancellationToken));
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            if (Interlocked.Decrement(ref DropResponses) >= 0)
            {
                response.Dispose();
                throw new HttpRequestException("response lost (test)");
            }

            Interlocked.Exchange(ref DropResponses, 0);
            return response;
        }
    }
}
