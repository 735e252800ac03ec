using GlassesFirmware.Qr;

namespace GlassesFirmware.Frame
{
    /// <summary>
    /// Reads codes with the glasses' capture source: camera frames through the on-device <see cref="QrDecoder"/>
    /// (throttled to a decode interval, for heat and battery), or the payloads a UART scanner module decoded
    /// itself. The payment session and the pairing scan share one instance, so the frame buffer and the decoder
    /// are allocated once, when the glasses boot. A look is two calls: <see cref="Capture"/> says whether there is
    /// something to read (a new frame, once the interval has passed; always for a scanner module), then
    /// <see cref="Read"/> hands every code found to an <see cref="ICodeSink"/>.
    /// </summary>
    public sealed class CodeScanner
    {
        private readonly IFrameSource _camera;
        private readonly IScannedPayloadSource _scanner;
        private readonly int _readsPerLook;
        private readonly byte[] _scanned;
        private readonly QrDecoder _decoder;
        private readonly QrResultSet _codes;
        private byte[] _frame;
        // The camera's next frame while the frame in hand is still on its glance (swapped with _frame when it shows
        // another view).
        private byte[] _fresher;
        private bool _resume;
        private long _nextDecodeAt;

        /// <summary>
        /// Units of a new view's glance per look (QrDecoder.Look; about 0.1 s of device time): between slices the camera's
        /// newest frame replaces the frame in hand when the view changed, so a wearer turning to the code does not wait
        /// for the glance of a scene already left behind.
        /// </summary>
        public const int GlanceSlice = 100000;

        /// <summary>
        /// Scans with <paramref name="camera"/>, or <paramref name="scanner"/> when there is no camera (both may be
        /// null: nothing starts). Camera frames are decoded with the per-pixel <paramref name="kernels"/> (native, on a
        /// custom image), or the managed ones when it is null. Payloads longer than <paramref name="maxPayload"/> bytes
        /// are reported as too long; a scanner module is read at most <paramref name="readsPerLook"/> times per look.
        /// </summary>
        public CodeScanner(IFrameSource camera, IScannedPayloadSource scanner, IQrKernels kernels, int maxPayload, int readsPerLook)
        {
            _camera = camera;
            _scanner = scanner;
            _readsPerLook = readsPerLook;
            _scanned = new byte[maxPayload];
            if (camera != null)
            {
                _decoder = new QrDecoder(camera.Width, camera.Height, kernels);
                _codes = new QrResultSet();
                _frame = new byte[camera.Stride * camera.Height];
                _fresher = new byte[camera.Stride * camera.Height];
            }
        }

        /// <summary>True when codes come from camera frames (the first frame is a state change for the session).</summary>
        public bool HasCamera
        {
            get { return _camera != null; }
        }

        /// <summary>Work units the decoder charged for the last frame read (<c>QrDecoder.LastWork</c>); 0 for a scanner module.</summary>
        public int LastWork
        {
            get { return _decoder != null ? _decoder.LastWork : 0; }
        }

        /// <summary>Starts the camera (or the scanner module); false when there is none or it did not start.</summary>
        public bool Start(long nowMs)
        {
            _nextDecodeAt = nowMs;
            _resume = false;
            if (_decoder != null)
            {
                // A new look: no decoder work carried over from the last one.
                _decoder.NewView();
            }
            return _camera != null ? _camera.Start() : _scanner != null && _scanner.Start();
        }

        /// <summary>Stops the camera and the scanner module; safe when stopped.</summary>
        public void Stop()
        {
            if (_camera != null)
            {
                _camera.Stop();
            }
            if (_scanner != null)
            {
                _scanner.Stop();
            }
        }

        /// <summary>
        /// Takes a new camera frame when <paramref name="intervalMs"/> has passed since the last decoded one; true
        /// when there is a frame to read. Always true for a scanner module, whose codes are read as they come. While the
        /// frame in hand is a new view still on its glance (<see cref="GlanceSlice"/>), true at once: until the glance meets
        /// a finder candidate, the camera's newest frame replaces it when it shows another view; otherwise the next
        /// <see cref="Read"/> goes on with the frame in hand (the interval only spaces the frames started while the decoder
        /// is idle).
        /// </summary>
        public bool Capture(long nowMs, int intervalMs)
        {
            if (_camera == null)
            {
                return _scanner != null;
            }
            if (_decoder.Glancing)
            {
                // A frame whose glance met a finder candidate is finished: the code may be in it.
                _resume = _decoder.FinderMet || !_camera.Capture(_fresher)
                    || _decoder.Shows(_fresher, _camera.Width, _camera.Height, _camera.Stride);
                if (!_resume)
                {
                    byte[] left = _frame;
                    _frame = _fresher;
                    _fresher = left;
                    _nextDecodeAt = nowMs + intervalMs;
                }
                return true;
            }
            _resume = false;
            if (nowMs < _nextDecodeAt || !_camera.Capture(_frame))
            {
                return false;
            }
            _nextDecodeAt = nowMs + intervalMs;
            return true;
        }

        /// <summary>True when the last <see cref="Read"/> went on with the frame in hand rather than a new one.</summary>
        public bool Resumed
        {
            get { return _resume; }
        }

        /// <summary>
        /// Decodes the captured frame and hands every code of its view read so far to <paramref name="sink"/> (or the
        /// scanner module's waiting payloads). A frame that reads a code ends there: while <see cref="Checking"/>, the
        /// rest of that frame may still hold a second code (a sticker beside the merchant's code), which
        /// <see cref="CheckRest"/> looks for, and a payment must not be confirmed on the first code alone.
        /// </summary>
        public void Read(ICodeSink sink)
        {
            if (_camera != null)
            {
                if (_resume)
                {
                    _decoder.Resume(_codes);
                }
                else
                {
                    _decoder.Look(_frame, _camera.Width, _camera.Height, _camera.Stride, _codes, GlanceSlice);
                }
                HandOver(sink);
                return;
            }
            for (int i = 0; i < _readsPerLook; i++)
            {
                int n = _scanner.Read(_scanned, 0, _scanned.Length);
                if (n == 0)
                {
                    break;
                }
                if (n < 0)
                {
                    sink.OnTooLong();
                    continue;
                }
                sink.OnCode(_scanned, n);
            }
        }

        /// <summary>True while the view of the last frame read still has work: another code of it may yet be read (camera only).</summary>
        public bool Checking
        {
            get { return _decoder != null && _decoder.Pending; }
        }

        /// <summary>
        /// Searches on in the frame the last codes were read from (no new capture: the camera may be stopped), with at
        /// most <paramref name="units"/> of decoder work, and hands the view's codes to <paramref name="sink"/> as
        /// <see cref="Read"/> does. Nothing happens unless <see cref="Checking"/>.
        /// </summary>
        public void CheckRest(ICodeSink sink, int units)
        {
            if (!Checking)
            {
                return;
            }
            _decoder.Continue(_frame, _camera.Width, _camera.Height, _camera.Stride, _codes, units);
            HandOver(sink);
        }

        private void HandOver(ICodeSink sink)
        {
            for (int i = 0; i < _codes.Count; i++)
            {
                byte[] p = _codes.Get(i).Payload;
                if (p == null)
                {
                    continue;
                }
                if (p.Length > _scanned.Length)
                {
                    sink.OnTooLong();
                    continue;
                }
                sink.OnCode(p, p.Length);
            }
        }
    }
}
