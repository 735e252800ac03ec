namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>The faults the campaign injects between the glasses and the wallet, and into either end.</summary>
    public enum FaultKind
    {
        /// <summary>A BLE fragment never arrives.</summary>
        FrameDrop,
        /// <summary>A BLE fragment arrives twice.</summary>
        FrameDuplicate,
        /// <summary>A BLE fragment overtakes the one before it.</summary>
        FrameReorder,
        /// <summary>A BLE fragment arrives up to 3 s late.</summary>
        FrameDelay,
        /// <summary>A BLE fragment loses its tail.</summary>
        FrameTruncate,
        /// <summary>A BLE fragment has one bit flipped.</summary>
        FrameCorrupt,
        /// <summary>The BLE connection drops in the middle of a frame and comes back 1 s later.</summary>
        FrameDisconnect,
        /// <summary>An HTTPS request never reaches the wallet (the attempt times out).</summary>
        HttpDropRequest,
        /// <summary>The wallet handled an HTTPS request; its response is lost.</summary>
        HttpDropResponse,
        /// <summary>An HTTPS request reaches the wallet twice.</summary>
        HttpDuplicate,
        /// <summary>An HTTPS exchange takes up to 3 s.</summary>
        HttpDelay,
        /// <summary>An HTTPS response body loses its tail.</summary>
        HttpTruncate,
        /// <summary>One bit of an HTTPS request or response body is flipped.</summary>
        HttpCorrupt,
        /// <summary>The wallet process is killed between two messages and started again on the same SQLite file.</summary>
        WalletRestart,
        /// <summary>The wallet process is killed after committing a message and before answering it, then started again.</summary>
        WalletCrashAfterCommit,
        /// <summary>The glasses lose power at a record write (which lands or not), and boot from the record store.</summary>
        PowerCut,
    }
}
