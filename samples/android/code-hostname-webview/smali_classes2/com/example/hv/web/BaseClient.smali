.class public abstract Lcom/example/hv/web/BaseClient;
.super Landroid/webkit/WebViewClient;
.source "BaseClient.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 6
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V

    return-void
.end method
