using MigrationStats.Common;

namespace MigrationStats.Tests.Common;

public class ExcerptTests
{
    [Fact]
    public void Of_ShortText_IsUnchanged()
    {
        Assert.Equal("175 million", Excerpt.Of("175 million"));
    }

    [Fact]
    public void Of_LongText_IsCutAtTheLimitWithAnEllipsis()
    {
        Assert.Equal(new string('x', Excerpt.MaxChars) + Excerpt.Ellipsis, Excerpt.Of(new string('x', 5_000_000)));
    }

    [Fact]
    public void Of_LineBreaksAndRunsOfSpace_ReadAsOneSpace()
    {
        Assert.Equal("175 million in 2000", Excerpt.Of("  175\r\n  million\tin 2000\n"));
    }

    [Fact]
    public void Of_TerminalEscape_IsReplaced()
    {
        Assert.Equal("\uFFFD[2Jgone", Excerpt.Of("\u001b[2Jgone"));
    }

    [Fact]
    public void Of_DirectionOverride_IsReplaced()
    {
        Assert.Equal("a\uFFFDb", Excerpt.Of("a\u202Eb"));
    }

    [Fact]
    public void Of_Null_IsEmpty()
    {
        Assert.Equal(string.Empty, Excerpt.Of(null));
    }
}
