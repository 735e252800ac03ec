
namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>Message types (key 0 of every message map); docs/protocol.md section 6.</summary>
    public enum MessageType
    {
        /// <summary>No message.</summary>
        None = 0,
        /// <summary>Glasses to wallet: asks for a fresh challenge.</summary>
        Hello = 1,
        /// <summary>Wallet to glasses: a single-use challenge with its time to live.</summary>
        Challenge = 2,
        /// <summary>Glasses to wallet: resolve (stage 0) or authorize (stage 1) a payment; sealed with the challenge.</summary>
        PaymentRequest = 3,
        /// <summary>Glasses to wallet: one chunk of IMA ADPCM voice for a request.</summary>
        VoiceChunk = 4,
        /// <summary>Wallet to glasses: the answer about a request id.</summary>
        Decision = 5,
        /// <summary>Glasses to wallet: withdraw a request.</summary>
        Cancel = 6,
        /// <summary>Wallet to glasses: still working on a request (HTTPS answer while pending).</summary>
        Keepalive = 7,
        /// <summary>Glasses to wallet: ask for the decision on a request id.</summary>
        Status = 8,
        /// <summary>Wallet to glasses: a voice chunk or an unpairing was received.</summary>
        Ack = 9,
        /// <summary>Wallet to glasses: a typed refusal (<see cref="WireError"/>).</summary>
        Error = 10,
        /// <summary>Glasses to wallet, pairing step 1: proves the glasses hold the pairing secret.</summary>
        PairHello = 11,
        /// <summary>Wallet to glasses, pairing step 2: proves the wallet holds it, echoes the glasses' nonce.</summary>
        PairProof = 12,
        /// <summary>Glasses to wallet, pairing step 3: echoes the wallet's nonce.</summary>
        PairFinish = 13,
        /// <summary>Wallet to glasses, pairing step 4: the pairing is stored.</summary>
        PairDone = 14,
        /// <summary>Glasses to wallet: forget this pairing.</summary>
        Unpair = 15,
    }
}
