.class public final La/a/d;
.super Ljava/lang/Object;
.source "SourceFile"


# direct methods
# if (Build.VERSION.SDK_INT >= 24) Installer.install(new c());
.method public static a()V
    .registers 2

    .line 1
    sget v0, Landroid/os/Build$VERSION;->SDK_INT:I

    const/16 v1, 0x18

    if-lt v0, v1, :cond_0

    .line 2
    new-instance v0, La/a/c;

    invoke-direct {v0}, La/a/c;-><init>()V

    invoke-static {v0}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V

    :cond_0
    return-void
.end method
