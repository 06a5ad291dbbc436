.class public Lcom/example/release/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3

    .line 13
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    .line 14
    :try_start_3
    invoke-static {}, Lcom/example/release/net/Api;->factory()Ljavax/net/ssl/SSLSocketFactory;

    .line 15
    invoke-static {}, Lcom/example/release/net/Api;->legacyFactory()Ljavax/net/ssl/SSLSocketFactory;
    :try_end_9
    .catch Ljava/security/GeneralSecurityException; {:try_start_3 .. :try_end_9} :catch_a

    goto :goto_a

    :catch_a
    move-exception v0

    .line 18
    :goto_a
    return-void
.end method
