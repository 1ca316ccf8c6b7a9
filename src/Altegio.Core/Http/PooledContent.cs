using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;

namespace Altegio.Http
{
    /// <summary>
    /// A whole answer body in memory rented from the shared array pool, given back when the response is disposed.
    /// HttpClient's own buffering allocates a new array of the body's size for every answer: a 250-event page is
    /// about 170 KB, on the large-object heap, so paging cost a full garbage collection every twenty pages or so.
    /// The body is read once into the rented array and read from there without another copy.
    /// </summary>
    internal sealed class PooledContent : HttpContent
    {
        private const int UnknownLengthStart = 16 * 1024;
        private byte[]? _buffer;
        private readonly int _length;

        private PooledContent(byte[] buffer, int length)
        {
            _buffer = buffer;
            _length = length;
        }

        /// <summary>The body; valid until the content (or its response) is disposed.</summary>
        public ReadOnlyMemory<byte> Body => new ReadOnlyMemory<byte>(_buffer ?? throw new ObjectDisposedException(nameof(PooledContent)), 0, _length);

        /// <summary>
        /// Reads the whole of <paramref name="source"/> into rented memory and disposes it. The content type is kept
        /// (the module reads it); the other content headers only with <paramref name="allHeaders"/> (for a -Debug
        /// dump), as copying them costs more per call than the rest of the buffering.
        /// </summary>
        public static async Task<PooledContent> LoadAsync(HttpContent source, bool allHeaders, CancellationToken cancellationToken)
        {
            var expected = source.Headers.ContentLength;
            // One byte more than announced, so that the read that finds the end needs no larger array.
            var buffer = ArrayPool<byte>.Shared.Rent(expected is >= 0 and < int.MaxValue ? (int)expected.Value + 1 : UnknownLengthStart);
            var length = 0;
            try
            {
                using (var stream = await source.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    int read;
                    while ((read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        length += read;
                        if (length == buffer.Length)
                        {
                            var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                            Buffer.BlockCopy(buffer, 0, larger, 0, length);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }
                    }
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }

            var content = new PooledContent(buffer, length);
            if (allHeaders)
            {
                foreach (var header in source.Headers)
                {
                    if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }
            }
            else
            {
                content.Headers.ContentType = source.Headers.ContentType;
            }

            source.Dispose();
            return content;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(_buffer ?? throw new ObjectDisposedException(nameof(PooledContent)), 0, _length);

        protected override Task<Stream> CreateContentReadStreamAsync() =>
            Task.FromResult<Stream>(new MemoryStream(_buffer ?? throw new ObjectDisposedException(nameof(PooledContent)), 0, _length, writable: false));

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            base.Dispose(disposing);
        }
    }
}
