using MigrationStats.Common;

namespace MigrationStats.Tests.Common;

public sealed class HandOffStreamTests
{
    [Fact]
    public void Write_ManyBlocks_InnerStreamGetsEveryByteInOrder()
    {
        var data = Enumerable.Range(0, 1_000_003).Select(i => (byte)(i % 251)).ToArray();
        var inner = new KeptMemoryStream();

        using (var stream = new HandOffStream(inner))
        {
            for (var at = 0; at < data.Length; at += 7_777)
            {
                stream.Write(data, at, Math.Min(7_777, data.Length - at));
            }
        }

        Assert.Equal(data, inner.ToArray());
        Assert.True(inner.Disposed);
    }

    [Fact]
    public void Write_InnerStreamFails_TheErrorComesOutOfTheWriter()
    {
        var stream = new HandOffStream(new FailingStream());

        var e = Assert.Throws<IOException>(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                stream.Write(new byte[100_000]);
            }

            stream.Dispose();
        });

        Assert.Equal("disk full", e.Message);
    }

    private sealed class KeptMemoryStream : MemoryStream
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;

            // Keeps the bytes readable after dispose (MemoryStream.ToArray works on a closed stream).
            base.Dispose(disposing);
        }
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => 0;

        public override long Position { get => 0; set { } }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");
    }
}
