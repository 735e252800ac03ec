using System;
using System.Diagnostics;
using GlassesFirmware.Frame;

namespace GlassesFirmware.Hardware.Camera
{
    /// <summary>
    /// <see cref="IFrameSource"/> on <see cref="NativeCamera"/>: grey frames straight from the sensor's driver
    /// buffers into the caller's reused buffer, one native copy and no managed allocation per frame.
    /// </summary>
    public sealed class CameraFrameSource : IFrameSource
    {
        private readonly int _board;
        private readonly int _width;
        private readonly int _height;
        private int _faults;
        private bool _started;

        /// <summary>Frames of <paramref name="width"/> x <paramref name="height"/> on board <paramref name="board"/> (see <see cref="NativeCamera.NativeStart"/>).</summary>
        public CameraFrameSource(int board, int width, int height)
        {
            _board = board;
            _width = width;
            _height = height;
        }

        /// <summary>Capture failures since boot (diagnostics).</summary>
        public int Faults
        {
            // A plain field, not an auto-property: the metadata processor lists this interop assembly's fields in
            // the generated C++ header, and a compiler-named backing field (<Faults>k__BackingField) is no C++ name.
            get { return _faults; }
        }

        /// <inheritdoc />
        public int Width
        {
            get { return _width; }
        }

        /// <inheritdoc />
        public int Height
        {
            get { return _height; }
        }

        /// <inheritdoc />
        public int Stride
        {
            get { return _width; }
        }

        /// <inheritdoc />
        public bool Start()
        {
            if (_started)
            {
                return true;
            }

            try
            {
                int error = NativeCamera.NativeStart(_board, _width, _height);
                _started = error == 0;
                if (!_started)
                {
                    _faults++;
                    Debug.WriteLine("camera start failed: esp_err " + error.ToString());
                }
            }
            catch (Exception e)
            {
                _faults++;
                Debug.WriteLine("camera start failed: " + e.Message);
            }

            return _started;
        }

        /// <inheritdoc />
        public void Stop()
        {
            if (!_started)
            {
                return;
            }

            _started = false;
            try
            {
                NativeCamera.NativeStop();
            }
            catch (Exception e)
            {
                Debug.WriteLine("camera stop failed: " + e.Message);
            }
        }

        /// <inheritdoc />
        public bool Capture(byte[] buffer)
        {
            if (!_started)
            {
                return false;
            }

            try
            {
                int result = NativeCamera.NativeCapture(buffer, _width);
                if (result < 0)
                {
                    _faults++;
                }

                return result == NativeCamera.Captured;
            }
            catch (Exception e)
            {
                _faults++;
                Debug.WriteLine("camera capture failed: " + e.Message);
                return false;
            }
        }

        /// <summary>The ESP32-S3 chip temperature through the camera image, or int.MinValue (for the power monitor).</summary>
        public static int ReadChipTemperature()
        {
            try
            {
                return NativeCamera.NativeReadChipTemperature();
            }
            catch (Exception)
            {
                return NativeCamera.NoTemperature;
            }
        }
    }
}
