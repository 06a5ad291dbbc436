.class public Lcom/example/weak/pay/PayActivity;
.super Landroid/app/Activity;
.source "PayActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 7
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
