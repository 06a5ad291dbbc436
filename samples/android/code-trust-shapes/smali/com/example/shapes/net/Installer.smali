.class public final Lcom/example/shapes/net/Installer;
.super Ljava/lang/Object;
.source "Installer.java"


# static fields
.field private static installed:Z


# direct methods
.method public static install(Ljavax/net/ssl/X509TrustManager;)V
    .registers 5
    .param p0, "tm"    # Ljavax/net/ssl/X509TrustManager;
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 14
    const-string v0, "TLS"

    invoke-static {v0}, Ljavax/net/ssl/SSLContext;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/SSLContext;

    move-result-object v0

    .line 15
    const/4 v1, 0x1

    new-array v1, v1, [Ljavax/net/ssl/TrustManager;

    const/4 v2, 0x0

    aput-object p0, v1, v2

    const/4 v3, 0x0

    invoke-virtual {v0, v3, v1, v3}, Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;Ljava/security/SecureRandom;)V

    .line 16
    invoke-virtual {v0}, Ljavax/net/ssl/SSLContext;->getSocketFactory()Ljavax/net/ssl/SSLSocketFactory;

    move-result-object v1

    invoke-static {v1}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultSSLSocketFactory(Ljavax/net/ssl/SSLSocketFactory;)V

    .line 17
    return-void
.end method

# if (BuildConfig.DEBUG) install(new DebugFlagTrustManager());
.method public static installDebug()V
    .registers 1
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 20
    sget-boolean v0, Lcom/example/shapes/BuildConfig;->DEBUG:Z

    if-eqz v0, :cond_c

    .line 21
    new-instance v0, Lcom/example/shapes/net/DebugFlagTrustManager;

    invoke-direct {v0}, Lcom/example/shapes/net/DebugFlagTrustManager;-><init>()V

    invoke-static {v0}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 23
    :cond_c
    return-void
.end method

# if ((context.getApplicationInfo().flags & ApplicationInfo.FLAG_DEBUGGABLE) != 0) install(new DebuggableTrustManager());
.method public static installIfDebuggable(Landroid/content/Context;)V
    .registers 2
    .param p0, "context"    # Landroid/content/Context;
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 26
    invoke-virtual {p0}, Landroid/content/Context;->getApplicationInfo()Landroid/content/pm/ApplicationInfo;

    move-result-object v0

    iget v0, v0, Landroid/content/pm/ApplicationInfo;->flags:I

    and-int/lit8 v0, v0, 0x2

    if-eqz v0, :cond_14

    .line 27
    new-instance v0, Lcom/example/shapes/net/DebuggableTrustManager;

    invoke-direct {v0}, Lcom/example/shapes/net/DebuggableTrustManager;-><init>()V

    invoke-static {v0}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 29
    :cond_14
    return-void
.end method

# boolean insecure = false; if (insecure) install(new DeadTrustManager());  (the constant kept in a register)
.method public static installNever()V
    .registers 2
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 32
    const/4 v0, 0x0

    .line 33
    if-eqz v0, :cond_c

    .line 34
    new-instance v1, Lcom/example/shapes/net/DeadTrustManager;

    invoke-direct {v1}, Lcom/example/shapes/net/DeadTrustManager;-><init>()V

    invoke-static {v1}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 36
    :cond_c
    return-void
.end method

# if (!installed) { install(new OnceTrustManager()); installed = true; }  (a run-once latch, not a debug flag)
.method public static installOnce()V
    .registers 1
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 40
    sget-boolean v0, Lcom/example/shapes/net/Installer;->installed:Z

    if-nez v0, :cond_f

    .line 41
    new-instance v0, Lcom/example/shapes/net/OnceTrustManager;

    invoke-direct {v0}, Lcom/example/shapes/net/OnceTrustManager;-><init>()V

    invoke-static {v0}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 42
    const/4 v0, 0x1

    sput-boolean v0, Lcom/example/shapes/net/Installer;->installed:Z

    .line 44
    :cond_f
    return-void
.end method
