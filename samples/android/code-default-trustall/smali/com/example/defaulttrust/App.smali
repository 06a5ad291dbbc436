.class public Lcom/example/defaulttrust/App;
.super Landroid/app/Application;
.source "App.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 8
    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 3

    .line 11
    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    .line 13
    :try_start_3
    invoke-static {}, Lcom/example/defaulttrust/net/Tls;->installTrustAll()V
    :try_end_6
    .catch Ljava/security/GeneralSecurityException; {:try_start_3 .. :try_end_6} :catch_7

    .line 16
    goto :goto_f

    .line 14
    :catch_7
    move-exception v0

    .line 15
    const-string v1, "App"

    const-string v2, "TLS setup failed"

    invoke-static {v1, v2, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;Ljava/lang/Throwable;)I

    .line 17
    :goto_f
    return-void
.end method
