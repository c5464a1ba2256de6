using Microsoft.AspNetCore.Antiforgery;

namespace PlaylistOrganizer.App.Hosting;

/// <summary>
/// The antiforgery middleware only records its verdict; endpoints that bind form fields refuse on their own, but a
/// form post that binds nothing (disconnect) must check the verdict itself.
/// </summary>
public static class AntiforgeryCheck
{
    public static ValueTask<object?> RefuseInvalid(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            ? ValueTask.FromResult<object?>(TypedResults.Problem("The form has expired or did not come from this app. Reload the page and try again.",
                statusCode: StatusCodes.Status400BadRequest))
            : next(context);
}
