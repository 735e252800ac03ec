namespace GlassesFirmware.Qr
{
    /// <summary>
    /// On-device QR Model 2 decoder for 8-bit grey frames. Pipeline: adaptive threshold map ->
    /// finder scan (both polarities) -> triples of finders -> perspective grid with alignment
    /// pattern -> version/format information -> unmask, de-interleave, Reed-Solomon -> segments.
    /// All working memory is allocated once in the constructor for the largest frame; a decode
    /// allocates only the payload and text of the codes it finds. Not thread-safe.
    /// </summary>
    public sealed class QrDecoder
    {
        /// <summary>Most finder triples tried per frame (bounds the cost of busy scenes).</summary>
        public const int MaxTriples = 12;
        /// <summary>Smallest region that can hold a version 1 symbol at one pixel per module.</summary>
        public const int MinSide = 21;

        private readonly int _maxWidth;
        private readonly int _maxHeight;
        private readonly ThresholdMap _map;
        private readonly WorkBudget _budget = new WorkBudget();
        private readonly ViewSignature _view = new ViewSignature();
        private readonly ViewCascade _cascade;

        // The frame of the last Look, while its glance goes on in slices (Resume): its geometry, the slice, the part of
        // the glance allowance not yet granted and the units the frame has charged.
        private byte[] _lookFrame;
        private int _lookWidth;
        private int _lookHeight;
        private int _lookStride;
        private int _glanceSlice;
        private int _glanceHeld;
        private int _frameSpent;

        /// <summary>Pixels of the reference frame the per-frame budget is stated for (240x240).</summary>
        public const int ReferencePixels = 240 * 240;
        /// <summary>
        /// Units of work allowed per frame of up to 240x240 pixels: below the 2,000,000 IL instructions of
        /// issue 12, leaving room for the estimates' error and the overrun of a frame's last step.
        /// </summary>
        public const int UnitsPerReferenceFrame = 1800000;

        /// <summary>
        /// Units of work allowed per frame of up to 240x240 pixels while the view has not shown a plausible finder
        /// triple (the "nothing here" path of issue 12: at most 100,000 IL instructions at the median).
        /// </summary>
        public const int CheapUnitsPerReferenceFrame = 90000;

        /// <summary>
        /// Units of work allowed in the first frame of a new view until it shows a plausible finder triple: enough
        /// for the glance of a busy 240x240 frame, so that a code in plain view is read in its first frame.
        /// </summary>
        public const int GlanceUnitsPerReferenceFrame = 400000;

        /// <summary>Creates a decoder whose buffers fit frames (or regions) up to the given size.</summary>
        public QrDecoder(int maxWidth, int maxHeight)
            : this(maxWidth, maxHeight, null)
        {
        }

        /// <summary>
        /// Creates a decoder whose buffers fit frames (or regions) up to the given size and whose per-pixel stages
        /// (threshold map, finder scan, grid sampling) run in <paramref name="kernels"/>, a native implementation on a
        /// custom firmware image (docs/custom-firmware.md); null runs the managed kernels, the reference.
        /// </summary>
        public QrDecoder(int maxWidth, int maxHeight, IQrKernels kernels)
        {
            _maxWidth = maxWidth < MinSide ? MinSide : maxWidth;
            _maxHeight = maxHeight < MinSide ? MinSide : maxHeight;
            _map = new ThresholdMap(_maxWidth, _maxHeight, kernels);
            _cascade = new ViewCascade(_map, _budget);
        }

        /// <summary>Largest region width accepted.</summary>
        public int MaxWidth
        {
            get { return _maxWidth; }
        }

        /// <summary>Largest region height accepted.</summary>
        public int MaxHeight
        {
            get { return _maxHeight; }
        }

        /// <summary>Decodes every code in a whole frame. See the region overload.</summary>
        public QrStatus Decode(byte[] frame, int width, int height, int stride, QrResultSet results)
        {
            return Decode(frame, width, height, stride, 0, 0, width, height, results);
        }

        /// <summary>
        /// Decodes every code inside the region (roiX, roiY, roiWidth, roiHeight) of a frame whose
        /// pixel (x, y) is frame[y * stride + x]. Returns an argument status for bad input (nothing
        /// is thrown) or <see cref="QrStatus.Ok"/>; the codes found are in <paramref name="results"/>.
        /// The frame is only read. The call does about <see cref="FrameBudget"/> units of work at most; what
        /// is left (<see cref="Pending"/>) continues at the next call when that shows the same view, and
        /// <paramref name="results"/> (pass the same set) then keeps the codes the view's earlier frames read.
        /// A frame that reads a code ends with it. Until <see cref="Pending"/> is false another code in the view may
        /// still join it (a sticker read after the code it covers): act on a code early only where that can still be
        /// undone, and finish the view (<see cref="Continue"/>, or the next frames) before anything that cannot.
        /// </summary>
        public QrStatus Decode(byte[] frame, int width, int height, int stride,
            int roiX, int roiY, int roiWidth, int roiHeight, QrResultSet results)
        {
            return Decode(frame, width, height, stride, roiX, roiY, roiWidth, roiHeight, results, int.MaxValue, int.MaxValue);
        }

        /// <summary>
        /// Goes on with the pending view of the last whole-frame <see cref="Decode"/> on the same frame, left unchanged in
        /// the caller's buffer, with at most <paramref name="units"/> of work: a slice, so that a caller acting on a
        /// code read early (reading it back) keeps serving its other ports while the rest of that frame is searched
        /// for another code. Codes found join <paramref name="results"/>. Nothing is done when no view is pending; a
        /// frame that differs from the last one starts a view of its own.
        /// </summary>
        public QrStatus Continue(byte[] frame, int width, int height, int stride, QrResultSet results, int units)
        {
            if (!_cascade.Pending)
            {
                return QrStatus.Ok;
            }
            return Decode(frame, width, height, stride, 0, 0, width, height, results, units, int.MaxValue);
        }

        /// <summary>
        /// Decodes a whole frame as <see cref="Decode"/> does, but the glance of a new view stops after
        /// <paramref name="glanceSlice"/> units: while <see cref="Glancing"/>, the caller either goes on with the same frame
        /// (<see cref="Resume"/>, the frame left unchanged in its buffer) or, when the camera has a fresher frame that does
        /// not show the same view (<see cref="Shows"/>: the wearer turned), looks at that one instead. A frame whose view
        /// is held, or that shows a plausible finder triple, is not sliced.
        /// </summary>
        public QrStatus Look(byte[] frame, int width, int height, int stride, QrResultSet results, int glanceSlice)
        {
            _lookFrame = frame;
            _lookWidth = width;
            _lookHeight = height;
            _lookStride = stride;
            _glanceSlice = glanceSlice < 1 ? 1 : glanceSlice;
            return Decode(frame, width, height, stride, 0, 0, width, height, results, int.MaxValue, _glanceSlice);
        }

        /// <summary>
        /// True when the frame of the last <see cref="Look"/> is a new view whose glance stopped at its slice, with more of
        /// its allowance left and no plausible finder triple shown yet.
        /// </summary>
        public bool Glancing
        {
            get { return _glanceHeld > 0 && _cascade.Pending && !_cascade.Unlocked; }
        }

        /// <summary>
        /// True when the view's scan has met a finder candidate: the code may be in the frame in hand, which is then
        /// finished rather than dropped for a newer one (a head that is not quite still shifts its frames past what
        /// <see cref="Shows"/> allows for).
        /// </summary>
        public bool FinderMet
        {
            get { return _cascade.FinderMet; }
        }

        /// <summary>
        /// The next slice of the glance of the last <see cref="Look"/>'s frame (nothing unless <see cref="Glancing"/>);
        /// codes found join <paramref name="results"/>. The frame's budget is the one it started with.
        /// </summary>
        public QrStatus Resume(QrResultSet results)
        {
            if (results == null)
            {
                return QrStatus.NullResults;
            }
            if (!Glancing)
            {
                return QrStatus.Ok;
            }
            int grant = _glanceHeld < _glanceSlice ? _glanceHeld : _glanceSlice;
            _glanceHeld -= grant;
            _budget.Reset(FrameBudget(_lookWidth, _lookHeight) - _frameSpent, grant);
            _budget.StartWork();
            _cascade.Run(_lookFrame, 0, _lookStride, _lookWidth, _lookHeight, 0, 0, results);
            _frameSpent += _budget.Spent;
            return QrStatus.Ok;
        }

        /// <summary>
        /// True when <paramref name="frame"/> shows the pending view, shifted by at most <see cref="ViewSignature.Reach"/>
        /// pixels each way (a head that is not quite still), so the frame in hand may go on.
        /// </summary>
        public bool Shows(byte[] frame, int width, int height, int stride)
        {
            return _cascade.Pending && Validate(frame, width, height, stride, 0, 0, width, height) == QrStatus.Ok
                && _view.Near(frame, 0, stride, width, height);
        }

        // Decode with at most `cap` units of work in this call, or one step that needs more (within the frame's budget),
        // and at most `glanceSlice` units of a new view's glance (the rest for Resume).
        private QrStatus Decode(byte[] frame, int width, int height, int stride,
            int roiX, int roiY, int roiWidth, int roiHeight, QrResultSet results, int cap, int glanceSlice)
        {
            _glanceHeld = 0;
            if (results == null)
            {
                return QrStatus.NullResults;
            }
            QrStatus check = Validate(frame, width, height, stride, roiX, roiY, roiWidth, roiHeight);
            if (check != QrStatus.Ok)
            {
                results.BeginFrame(false);
                results.LastFailure = check;
                return check;
            }
            if (roiWidth < MinSide || roiHeight < MinSide)
            {
                results.BeginFrame(false);
                _cascade.NewView();
                return QrStatus.Ok;
            }
            int origin = roiY * stride + roiX;
            bool held = _cascade.Pending && _view.Same(frame, origin, stride, roiWidth, roiHeight);
            results.BeginFrame(held);
            if (held)
            {
                // A held view: carry on where the last frame stopped, on this frame's pixels.
                _budget.Reset(FrameBudget(roiWidth, roiHeight), CheapBudget(roiWidth, roiHeight));
                _map.Rebind(frame, origin, stride);
                _budget.Charge(ViewSignature.Cost);
            }
            else
            {
                // A new view: enough for the whole glance, so that a code in plain view is read in its first frame (in
                // slices for Look).
                int glance = Scaled(GlanceUnitsPerReferenceFrame, roiWidth, roiHeight);
                int first = glance < glanceSlice ? glance : glanceSlice;
                _glanceHeld = glance - first;
                _budget.Reset(FrameBudget(roiWidth, roiHeight), first);
                _cascade.NewView();
            }
            _budget.StartWork();
            _budget.Slice(cap);
            _cascade.Run(frame, origin, stride, roiWidth, roiHeight, roiX, roiY, results);
            if (_cascade.Pending)
            {
                _view.Take(frame, origin, stride, roiWidth, roiHeight);
                _budget.Charge(ViewSignature.Cost);
            }
            _frameSpent = _budget.Spent;
            return QrStatus.Ok;
        }

        /// <summary>
        /// True when the last frame left work (a scan, a map, finder triples, refinement) for the next frame
        /// of the same view. A frame that differs from the last one starts over by itself; a caller that
        /// starts looking anew calls <see cref="NewView"/>.
        /// </summary>
        public bool Pending
        {
            get { return _cascade.Pending; }
        }

        /// <summary>Units of work the last <see cref="Decode"/> call charged (see <see cref="WorkBudget"/>).</summary>
        public int LastWork
        {
            get { return _budget.Spent; }
        }

        /// <summary>Forgets work carried over: the next frame starts with the glance.</summary>
        public void NewView()
        {
            _cascade.NewView();
        }

        /// <summary>
        /// Work one frame of this region size may do: <see cref="UnitsPerReferenceFrame"/> for 240x240 pixels
        /// and smaller regions, in proportion to the pixels for larger ones.
        /// </summary>
        public static int FrameBudget(int width, int height)
        {
            long pixels = (long)width * height;
            if (pixels < ReferencePixels)
            {
                pixels = ReferencePixels;
            }
            return (int)(pixels * UnitsPerReferenceFrame / ReferencePixels);
        }

        /// <summary>
        /// Work a held frame of this region size may do before its view has shown a plausible finder triple:
        /// <see cref="CheapUnitsPerReferenceFrame"/> for 240x240 pixels, in proportion for larger regions (the
        /// first frame of a view gets <see cref="GlanceUnitsPerReferenceFrame"/>).
        /// </summary>
        public static int CheapBudget(int width, int height)
        {
            return Scaled(CheapUnitsPerReferenceFrame, width, height);
        }

        // Units per 240x240 pixels scaled like FrameBudget.
        private static int Scaled(int unitsPerReferenceFrame, int width, int height)
        {
            return (int)((long)FrameBudget(width, height) * unitsPerReferenceFrame / UnitsPerReferenceFrame);
        }

        private QrStatus Validate(byte[] frame, int width, int height, int stride,
            int roiX, int roiY, int roiWidth, int roiHeight)
        {
            if (frame == null)
            {
                return QrStatus.NullFrame;
            }
            if (width <= 0 || height <= 0)
            {
                return QrStatus.BadDimensions;
            }
            if (stride < width)
            {
                return QrStatus.StrideTooSmall;
            }
            // Checked in long: stride * height can exceed int range for absurd arguments.
            if ((long)stride * (height - 1) + width > frame.Length)
            {
                return QrStatus.BufferTooSmall;
            }
            if (roiX < 0 || roiY < 0 || roiWidth <= 0 || roiHeight <= 0
                || roiX > width - roiWidth || roiY > height - roiHeight)
            {
                return QrStatus.BadRegion;
            }
            if (roiWidth > _maxWidth || roiHeight > _maxHeight)
            {
                return QrStatus.FrameTooLarge;
            }
            return QrStatus.Ok;
        }
    }
}
