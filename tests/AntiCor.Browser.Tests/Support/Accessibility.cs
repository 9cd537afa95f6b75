using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Support;

/// <summary>axe-core run on the page as it stands; any violation fails the test with what and where.</summary>
public static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var found = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(found.Count == 0, $"{page.Url}:\n{string.Join('\n', found)}");
    }
}
