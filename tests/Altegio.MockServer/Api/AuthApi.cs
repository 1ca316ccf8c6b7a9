namespace Altegio.MockServer.Api;

/// <summary><c>POST /api/v1/auth</c>: login + password → user token.</summary>
internal static class AuthApi
{
    public static void Map(IEndpointRouteBuilder api) => api.Post("v1/auth", Login);

    private sealed record Session(long Id, string UserToken, string Name, string Phone, string Login, string Email, string Avatar, bool IsApproved, bool IsEmailConfirmed);

    private static Reply Login(Call c)
    {
        var f = c.Body();
        var login = f.Str("login", required: true);
        var password = login is null ? null : f.Str("password", required: true);
        f.Errors.ThrowIfAny();
        var user = c.State.FindUserByLogin(login!);
        Refused.If(user is null || user.Password != password, Reply.Legacy(401, "Incorrect login or password"));

        // A revoked token (password change) is replaced by a fresh one on the next login.
        if (user!.UserToken.Length == 0)
        {
            user.UserToken = $"user-token-{user.Id}-{Guid.NewGuid():N}"[..^20];
        }

        return Reply.V1(new Session(user.Id, user.UserToken, user.Name, user.Phone, user.Login, user.Email, "https://assets.alteg.io/general/0/01/avatar.png", true, true), 201);
    }
}
