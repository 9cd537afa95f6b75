using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.Tenancy;

/// <summary>
/// A second organisation on the deployment: its coordinator signs in, lands on their own
/// organisation, and is refused the first organisation's measure edit page.
/// </summary>
[Collection(SecondOrganizationCollection.Name)]
public sealed class SecondOrganizationTests(BrowserFixture browser)
{
    private const string Password = "stepom-ide-vechir-tykhyi";

    [Fact]
    public async Task The_second_organisations_coordinator_is_refused_the_first_organisations_edit_page()
    {
        Guid programme, measure;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.Organizations.AnyAsync(o => o.Slug == "stepova"))
            {
                await new OrganizationRegistry(db).CreateAsync(new NewOrganization("Степова сільська рада", "12345678", "stepova", Core.Domain.OrganizationKind.VillageCouncil));
            }

            programme = await db.Programmes.Select(p => p.Id).SingleAsync();
            measure = await db.Measures.Where(m => m.Number == "1.1").Select(m => m.Id).SingleAsync();
        }

        var (email, key) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Coordinator, Password, "Координатор Степової", slug: "stepova");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserAccounts.SignInAsync(page, email, Password, key!);

        await Assertions.Expect(page.Locator("[data-current-organization]")).ToHaveAttributeAsync("data-current-organization", "stepova");
        var response = await page.GotoAsync($"/programmes/{programme}/measures/{measure}/edit");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("не знайдено");
        Assert.Equal(0, await page.Locator("form[data-measure-form]").CountAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "tenancy-foreign-edit-refused"));
        await Accessibility.AssertNoViolationsAsync(page);
    }
}

/// <summary>A second organisation changes the front page: an app and a browser of its own.</summary>
[CollectionDefinition(Name)]
public sealed class SecondOrganizationCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "second-organization-browser";
}
