using System.Diagnostics;
using MigrationStats.Common;

namespace MigrationStats.Tests.Common;

public sealed class InputFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("inputfile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ReadAllBytes_Device_IsRefusedWithoutReading()
    {
        Assert.True(OperatingSystem.IsWindows() || File.Exists("/dev/zero"));
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var e = Assert.Throws<InputException>(() => InputFile.ReadAllBytes("/dev/zero"));
        Assert.Equal(InputErrors.NotRegular, e.Problem);
        Assert.Equal("/dev/zero", e.Path);
    }

    [Fact]
    public void ReadAllBytes_Fifo_IsRefusedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(folder, "pipe.txt");
        using (var mk = Process.Start("mkfifo", fifo))
        {
            mk.WaitForExit();
        }

        var e = Assert.Throws<InputException>(() => InputFile.ReadAllBytes(fifo));
        Assert.Equal(InputErrors.NotRegular, e.Problem);
    }

    [Fact]
    public void ReadAllBytes_OverTheLimit_NamesSizeAndLimit()
    {
        var file = Path.Combine(folder, "big.txt");
        File.WriteAllBytes(file, new byte[3000]);
        var e = Assert.Throws<InputException>(() => InputFile.ReadAllBytes(file, maxBytes: 2048));
        Assert.Equal("file is too large (2.9 KiB; the limit is 2 KiB)", e.Problem);
    }

    [Fact]
    public void ReadAllBytes_Folder_SaysItIsAFolder()
    {
        var e = Assert.Throws<InputException>(() => InputFile.ReadAllBytes(folder));
        Assert.Equal(InputErrors.IsFolder, e.Problem);
    }

    [Fact]
    public void ReadAllBytes_RegularFile_GivesItsBytes()
    {
        var file = Path.Combine(folder, "r.txt");
        File.WriteAllText(file, "1. Some 160 people.");
        Assert.Equal("1. Some 160 people."u8.ToArray(), InputFile.ReadAllBytes(file));
        Assert.Equal(PathKind.Regular, InputFile.KindOf(file));
    }
}
