"""The generated layer for alerts_notifications: used through candescent_async.CandescentClient, not directly"""
