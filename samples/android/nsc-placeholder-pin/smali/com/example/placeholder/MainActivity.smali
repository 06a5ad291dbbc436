.class public Lcom/example/placeholder/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 5
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
