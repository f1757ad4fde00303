using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace MigrationStats.Common;

/// <summary>
/// A write-only stream that hands what is written, in blocks, to a background task writing it
/// to an inner stream: the writer goes on producing (XML, say) while the inner stream does its
/// slow work (compressing), on another core. At most a few blocks wait at a time, so memory
/// stays small. Disposing waits for the inner stream to take everything, then disposes it; an
/// error of the inner stream comes out of the next write or of the dispose.
/// </summary>
internal sealed class HandOffStream : Stream
{
    private const int BlockSize = 1 << 16;
    private const int BlocksWaiting = 8;

    private readonly Stream inner;
    private readonly BlockingCollection<(byte[] Data, int Length)> blocks = new(BlocksWaiting);
    private readonly Task consumer;
    private byte[] block = new byte[BlockSize];
    private int used;
    private volatile ExceptionDispatchInfo? failure;
    private bool disposed;

    public HandOffStream(Stream inner)
    {
        this.inner = inner;
        consumer = Task.Factory.StartNew(Consume, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        while (buffer.Length > 0)
        {
            var n = Math.Min(buffer.Length, BlockSize - used);
            buffer[..n].CopyTo(block.AsSpan(used));
            used += n;
            buffer = buffer[n..];
            if (used == BlockSize)
            {
                HandOff();
            }
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Hands the partial block over; the inner stream is flushed when the stream is disposed.</summary>
    public override void Flush()
    {
        if (used > 0)
        {
            HandOff();
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            try
            {
                if (failure is null)
                {
                    Flush();
                }
            }
            finally
            {
                disposed = true;
                blocks.CompleteAdding();
                consumer.Wait();
                blocks.Dispose();
                inner.Dispose();
            }

            failure?.Throw();
        }

        base.Dispose(disposing);
    }

    private void HandOff()
    {
        failure?.Throw();
        try
        {
            blocks.Add((block, used));
        }
        catch (InvalidOperationException) when (failure is not null)
        {
            failure.Throw();
        }

        block = new byte[BlockSize];
        used = 0;
    }

    private void Consume()
    {
        try
        {
            foreach (var (data, length) in blocks.GetConsumingEnumerable())
            {
                inner.Write(data, 0, length);
            }
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);

            // Unblocks a writer waiting for room: its next hand-off sees the failure.
            blocks.CompleteAdding();
        }
    }
}
