using System;
using System.Text;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Host.Adapters.Uplink;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// Glasses written by hand for probes the runtime's client never sends: seals any plaintext (or any message)
    /// for any counter and associated data under one pairing's keys, routes it, and opens the wallet's answers.
    /// </summary>
    public sealed class HandSealedGlasses
    {
        private readonly DotNetCryptoPrimitives _crypto = new DotNetCryptoPrimitives();
        private readonly DirectionKeys _send;
        private readonly DirectionKeys _receive;
        private readonly byte[] _deviceId;

        /// <summary>Keys of (secret, wallet id, device id).</summary>
        public HandSealedGlasses(byte[] secret, byte[] walletId, byte[] deviceId)
        {
            _deviceId = deviceId;
            _send = KeySchedule.Derive(_crypto, secret, walletId, deviceId, SealDirection.GlassesToWallet);
            _receive = KeySchedule.Derive(_crypto, secret, walletId, deviceId, SealDirection.WalletToGlasses);
        }

        /// <summary>The glasses paired in <paramref name="store"/>.</summary>
        public static HandSealedGlasses Paired(MemoryRecordStore store)
        {
            PairingRecord record = new PairingRecord();
            Assert.Equal(PairingStatus.Ok, PairingRecord.Load(store, record));
            return new HandSealedGlasses(record.Secret, record.WalletId, record.DeviceId);
        }

        /// <summary>New glasses (a random device id) holding the secret of a pairing QR text.</summary>
        public static HandSealedGlasses FromQr(string text)
        {
            PairingOffer offer = new PairingOffer();
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            Assert.Equal(PairingStatus.Ok, PairingOffer.Parse(bytes, 0, bytes.Length, offer));
            return new HandSealedGlasses(offer.Secret, offer.WalletId, System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        }

        /// <summary>A routed envelope of <paramref name="plaintext"/> (length byte, device id, sealed envelope).</summary>
        public byte[] Route(byte[] plaintext, ulong counter, byte[] associatedData = null)
        {
            Assert.Equal(SealStatus.Ok, MessageSealer.Seal(_crypto, _send, SealDirection.GlassesToWallet, counter, plaintext, 0, plaintext.Length, associatedData, out byte[] sealedMessage));
            byte[] routed = new byte[1 + _deviceId.Length + sealedMessage.Length];
            routed[0] = (byte)_deviceId.Length;
            _deviceId.CopyTo(routed, 1);
            sealedMessage.CopyTo(routed, 1 + _deviceId.Length);
            return routed;
        }

        /// <summary>A routed envelope of <paramref name="message"/>.</summary>
        public byte[] Route(UplinkMessage message, ulong counter, byte[] associatedData = null)
        {
            byte[] plaintext = new byte[8192];
            int length = MessageCodec.Encode(message, plaintext, 0, plaintext.Length);
            Assert.True(length > 0, "encodable message");
            return Route(plaintext.AsSpan(0, length).ToArray(), counter, associatedData);
        }

        /// <summary>The wallet's sealed answer, opened and decoded.</summary>
        public UplinkMessage Open(PeerAnswer answer)
        {
            Assert.True(answer.Body != null, "a sealed answer, not the transport refusal " + answer.Refusal);
            return Open(answer.Body);
        }

        /// <summary>A sealed answer body, opened and decoded.</summary>
        public UplinkMessage Open(byte[] body)
        {
            Assert.Equal(SealStatus.Ok, MessageSealer.Open(_crypto, _receive, SealDirection.WalletToGlasses, body, 0, body.Length, null, out byte[] plaintext, out _));
            UplinkMessage message = new UplinkMessage();
            Assert.Equal(MessageStatus.Ok, MessageCodec.Decode(plaintext, 0, plaintext.Length, message, out _));
            return message;
        }

        /// <summary>The error code of a sealed Error answer.</summary>
        public WireError ErrorOf(PeerAnswer answer)
        {
            UplinkMessage message = Open(answer);
            Assert.Equal(MessageType.Error, message.Type);
            return message.ErrorCode;
        }

        /// <summary>A message of <paramref name="type"/> with <paramref name="requestId"/> (when it has one).</summary>
        public static UplinkMessage Message(MessageType type, byte[] requestId = null)
        {
            UplinkMessage message = new UplinkMessage();
            message.Reset(type);
            requestId?.CopyTo(message.RequestId, 0);
            return message;
        }

        /// <summary>A stage-0 payment request for <paramref name="payload"/> with its hash (or a given one).</summary>
        public static UplinkMessage Payment(byte[] requestId, string payload, byte[] payloadHash = null)
        {
            UplinkMessage message = Message(MessageType.PaymentRequest, requestId);
            message.Payee = "Cafe Alpha";
            message.AmountMinor = 1250;
            message.CurrencyNumeric = 702;
            byte[] bytes = Encoding.ASCII.GetBytes(payload);
            message.SetData(bytes, 0, bytes.Length);
            (payloadHash ?? System.Security.Cryptography.SHA256.HashData(bytes)).CopyTo(message.PayloadHash, 0);
            message.PayloadKind = 1;
            message.Dynamic = true;
            return message;
        }
    }
}
