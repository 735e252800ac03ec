// Package: nanoFramework.Json 2.2.203
// Assembly: nanoFramework.Json
// References: nanoFramework.System.IO.Streams
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/nanoFramework.Json (JsonConvert.cs: DeserializeObject(string, Type), DeserializeObject(Stream, Type);
// DeserializationException.cs). Bodies throw; never shipped or run. Host/Json implements them for .NET.
namespace nanoFramework.Json
{
    public static class JsonConvert
    {
        public static object DeserializeObject(string value, System.Type type) => throw new System.NotImplementedException();

        public static object DeserializeObject(System.IO.Stream stream, System.Type type) => throw new System.NotImplementedException();
    }

    public class DeserializationException : System.Exception
    {
    }
}
