using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Support;

/// <summary>The reader's way in: the home page, then the programme's link.</summary>
public static partial class Navigation
{
    public const string SeedTitleStart = "Міські заходи щодо запобігання корупційним правопорушенням";

    public static async Task OpenSeedProgrammeFromHomeAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator("tr[data-programme] a", new() { HasTextString = SeedTitleStart }).ClickAsync();
        await page.WaitForURLAsync(ProgrammeUrl());
    }

    [GeneratedRegex(@"/programmes/[0-9a-f-]{36}$")]
    public static partial Regex ProgrammeUrl();

    [GeneratedRegex(@"/measures/[0-9a-f-]{36}$")]
    public static partial Regex MeasureUrl();

    [GeneratedRegex(@"/units/[0-9a-f-]{36}$")]
    public static partial Regex UnitUrl();
}
