using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers;

/// <summary>What every register form does alike: checks a text field, and saves one change or puts the refusal on the page.</summary>
public static class RegisterForm
{
    public static void CheckText(ModelStateDictionary state, string? text, string key, int limit, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                state.AddModelError(key, RegistersText.Required);
            }
        }
        else if (text.Trim().Length > limit)
        {
            state.AddModelError(key, RegistersText.TooLong);
        }
    }

    /// <summary>Runs the change and saves it; a broken rule or a stale version becomes the page's message and nothing is saved.</summary>
    public static async Task<bool> SaveAsync(AppDbContext db, ModelStateDictionary state, Func<Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DomainException e)
        {
            state.AddModelError(string.Empty, e.Message);
            return false;
        }
        catch (DbUpdateConcurrencyException)
        {
            state.AddModelError(string.Empty, StaleRecord.Message);
            return false;
        }
    }
}
